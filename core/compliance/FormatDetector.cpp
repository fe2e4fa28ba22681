// Whole-post checks: the target networks' limits, counted their way, and
// images without alt text; hashtags that screen readers cannot split (info).

#include "CheckState.h"
#include "PlatformCounter.h"

#include <QCoreApplication>

namespace clearpost {

void detectFormat(CheckState& st)
{
    for (Platform p : st.draft.platforms) {
        if (!PlatformCounter::mayExceed(p, st.draft.text, st.context.limits)) {
            continue;
        }
        const PlatformCount c = PlatformCounter::count(p, st.draft.text, st.context.limits);
        if (!c.isOver()) {
            continue;
        }
        QString rule = QStringLiteral("platform.limit.length");
        if (!c.lengthOver() && c.bytesOver()) {
            rule = QStringLiteral("platform.limit.bytes");
        } else if (!c.lengthOver() && c.hashtagsOver()) {
            rule = QStringLiteral("platform.limit.hashtags");
        } else if (!c.lengthOver() && c.linksOver()) {
            rule = QStringLiteral("platform.limit.links");
        }
        st.add(rule + QLatin1Char('.') + platformId(p), category::PlatformLimit, Severity::Blocker, 0, 0);
        Finding& f = st.findings.last();
        f.message = QCoreApplication::translate("Compliance", "Over the limit: %1").arg(c.summary());
    }
    for (int i = 0; i < st.draft.media.size(); ++i) {
        const DraftMedia& m = st.draft.media[i];
        if (!m.altText || m.altText->trimmed().isEmpty()) {
            FindingFix fix;
            fix.kind = FindingFix::Kind::Action;
            fix.action = QStringLiteral("add-alt-text:%1").arg(i);
            fix.label = QCoreApplication::translate("Compliance", "Describe the image…");
            st.add(QStringLiteral("accessibility.alt_text.missing"),
                   category::AccessibilityAltText,
                   Severity::Warning,
                   0,
                   0,
                   fix);
        }
    }
    for (const Token& t : st.text.tokens()) {
        if (t.kind != Token::Kind::Hashtag || t.norm.size() < 10) {
            continue;
        }
        const QStringView raw = st.text.view(t.start + 1, t.end);
        bool upperInside = false;
        for (qsizetype k = 1; k < raw.size(); ++k) {
            upperInside = upperInside || raw[k].isUpper();
        }
        if (!upperInside && raw.front().isLower()) {
            st.add(QStringLiteral("accessibility.alt_text.hashtag"),
                   category::AccessibilityAltText,
                   Severity::Info,
                   t.start,
                   t.end);
        }
    }
}

} // namespace clearpost
