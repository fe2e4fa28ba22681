// clearpost-scorer: precision and recall of the compliance engine per category
// on labelled corpora (JSON lines).
//
//   clearpost-scorer [--verbose] [--all-severities] [--raw] [--min FILE] CORPUS.jsonl...
//
// Two corpus formats are understood:
//  - Clearpost posts (dev-posts.jsonl): {"id","lang","jurisdiction","platforms","kind","has_image",
//    "image_alt","image_shows_patient_face","consent_on_file","text","findings":[{"category","start","end"}]}
//  - Presidio-style sentences: {"id","text","spans":[{"start","end","type"}]}, types mapped to
//    categories as corpora/README.md says (PERSON→phi.person, ADDRESS/ZIP/LOCATION→phi.address, …).
// Offsets are Unicode code points (end exclusive).
//
// Scoring: a gold span is found when a finding of the same category overlaps at
// least half of it; whole-post gold (start == end == 0: an image, a limit) is found
// by a whole-post finding of that category. A finding is correct when it finds a
// gold span or overlaps half of itself with one; findings over non-identifiers
// (ORG, TITLE, NRP) are not counted. Only warnings and blockers are scored (info
// findings are hints) unless --all-severities. Unless --raw, Presidio LOCATION
// spans that are countries or states and DATE spans that are a bare year or a bare
// weekday are not counted either way: Safe Harbor allows states, countries and
// years (45 CFR 164.514(b)(2)(i)(B), (C)), so the engine does not flag them.
//
// --min FILE: lines "category recall precision" and "clean-flagged-max N" (clean posts with a warning or
// blocker, over all files); exits 1 when a figure is below its floor or the count above its maximum.

#include "compliance/CheckState.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/RuleBook.h"
#include "compliance/TextAnalysis.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

using namespace clearpost;

namespace {

struct Gold
{
    QString category;
    qsizetype start = 0; // UTF-16
    qsizetype end = 0;
    bool ignorable = false;
};

struct Counts
{
    int gold = 0;
    int found = 0;
    int findings = 0;
    int correct = 0;
};

// Code point offset -> UTF-16 offset.
QList<qsizetype> codePointMap(const QString& s)
{
    QList<qsizetype> map;
    map.reserve(s.size() + 1);
    for (qsizetype i = 0; i < s.size(); ++i) {
        map.append(i);
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            ++i;
        }
    }
    map.append(s.size());
    return map;
}

qsizetype overlap(qsizetype a, qsizetype b, qsizetype c, qsizetype d)
{
    return std::max<qsizetype>(0, std::min(b, d) - std::max(a, c));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const bool allSeverities = args.removeAll(QStringLiteral("--all-severities")) > 0;
    const bool raw = args.removeAll(QStringLiteral("--raw")) > 0;
    QString minFile;
    if (const qsizetype m = args.indexOf(QStringLiteral("--min")); m >= 0 && m + 1 < args.size()) {
        minFile = args.at(m + 1);
        args.remove(m, 2);
    }
    // --explain TEXT: how the engine reads one text (tokens, word lists, people) — for rule development.
    if (const qsizetype e = args.indexOf(QStringLiteral("--explain")); e >= 0 && e + 1 < args.size()) {
        Result<ComplianceEngine> eng = ComplianceEngine::create();
        if (!eng) {
            return 1;
        }
        ComplianceDraft draft;
        draft.text = args.at(e + 1);
        draft.kind = args.contains(QStringLiteral("--reply")) ? PostKind::ReviewReply : PostKind::Post;
        ComplianceContext context;
        const qsizetype l = args.indexOf(QStringLiteral("--lang"));
        context.language = l >= 0 && l + 1 < args.size() ? args.at(l + 1) : QStringLiteral("en");
        CheckState st(draft, context, eng->ruleBook());
        detectPersons(st);
        for (int i = 0; i < st.text.tokens().size(); ++i) {
            const Token& t = st.text.tokens()[i];
            QStringList lists;
            for (int x = 0; x < int(Lex::Count); ++x) {
                if (st.isLex(i, Lex(x))) {
                    lists.append(lexName(Lex(x)));
                }
            }
            const auto name = eng->ruleBook().names().find(t.norm);
            const auto place = eng->ruleBook().places().find(t.norm);
            std::printf("%3d s%d c%d %-16s %s%s%s name=%s place=%s %s\n",
                        i,
                        t.sentence,
                        t.clause,
                        qPrintable(st.text.tokenText(i).toString()),
                        t.capitalized ? "C" : "-",
                        t.possessive ? "P" : "-",
                        t.commaAfter ? "," : "-",
                        name ? qPrintable(QStringLiteral("%1/%2%3")
                                              .arg(name->given)
                                              .arg(name->surname)
                                              .arg(name->isAnyWord() ? QStringLiteral("w") : QString()))
                             : "-",
                        place ? "y" : "-",
                        qPrintable(lists.join(QLatin1Char(' '))));
        }
        for (const PersonMention& p : std::as_const(st.persons)) {
            std::printf("person %s%s: %s\n",
                        p.staff ? "(staff) " : "",
                        p.strong ? "(strong)" : "",
                        qPrintable(draft.text.mid(p.start, p.end - p.start)));
        }
        for (const Finding& f : eng->check(draft, context)) {
            std::printf("finding %s %s %s: %s\n",
                        qPrintable(severityId(f.severity)),
                        qPrintable(f.category),
                        qPrintable(f.ruleId),
                        qPrintable(draft.text.mid(f.start, f.end - f.start)));
        }
        return 0;
    }
    if (args.isEmpty()) {
        std::fprintf(stderr,
                     "usage: clearpost-scorer [--verbose] [--all-severities] [--raw] [--min FILE] CORPUS.jsonl...\n");
        return 2;
    }
    Result<ComplianceEngine> engine = ComplianceEngine::create();
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(engine.message()));
        return 1;
    }
    static const QMap<QString, QString> presidioMap{
        {QStringLiteral("PERSON"), QStringLiteral("phi.person")},
        {QStringLiteral("ADDRESS"), QStringLiteral("phi.address")},
        {QStringLiteral("ZIP"), QStringLiteral("phi.address")},
        {QStringLiteral("LOCATION"), QStringLiteral("phi.address")},
        {QStringLiteral("DATE"), QStringLiteral("phi.date")},
        {QStringLiteral("AGE"), QStringLiteral("phi.age")},
        {QStringLiteral("PHONE"), QStringLiteral("phi.phone")},
        {QStringLiteral("EMAIL"), QStringLiteral("phi.email")},
        {QStringLiteral("SSN"), QStringLiteral("phi.id")},
        {QStringLiteral("ACCOUNT"), QStringLiteral("phi.id")},
        {QStringLiteral("LICENSE"), QStringLiteral("phi.id")},
        {QStringLiteral("URL"), QStringLiteral("phi.url")},
        {QStringLiteral("IP"), QStringLiteral("phi.ip")},
    };
    static const QRegularExpression yearOnly(QStringLiteral("^(in |of |during )?\\d{4}s?$"));
    static const QRegularExpression weekdayOnly(
        QStringLiteral(
            "^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?$"),
        QRegularExpression::CaseInsensitiveOption);

    QMap<QString, Counts> total;
    int failures = 0;
    int cleanFlaggedTotal = 0;
    for (const QString& path : std::as_const(args)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
            return 2;
        }
        QMap<QString, Counts> counts;
        int cleanPosts = 0;
        int cleanFlagged = 0;
        int lineNo = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNo;
            if (line.isEmpty()) {
                continue;
            }
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError) {
                std::fprintf(stderr, "%s:%d: %s\n", qPrintable(path), lineNo, qPrintable(error.errorString()));
                return 2;
            }
            const QString text = o.value(QStringLiteral("text")).toString();
            const QList<qsizetype> cp = codePointMap(text);
            auto at = [&](int codePoint) { return cp.value(std::clamp<qsizetype>(codePoint, 0, cp.size() - 1)); };

            ComplianceDraft draft;
            draft.text = text;
            draft.publishDay = QDate(2026, 11, 22);
            ComplianceContext context;
            context.practice.specialty = Specialty::Other;
            context.practice.jurisdiction =
                jurisdictionFromId(o.value(QStringLiteral("jurisdiction")).toString(QStringLiteral("US")))
                    .value_or(Jurisdiction::US);
            context.language = o.value(QStringLiteral("lang")).toString(QStringLiteral("en"));
            draft.kind = postKindFromId(o.value(QStringLiteral("kind")).toString(QStringLiteral("post")))
                             .value_or(PostKind::Post);
            for (const QJsonValue& p : o.value(QStringLiteral("platforms")).toArray()) {
                if (auto platform = platformFromId(p.toString())) {
                    draft.platforms.append(*platform);
                }
            }
            const bool consent = o.value(QStringLiteral("consent_on_file")).toBool(false);
            if (consent) {
                Consent c;
                c.id = 1;
                c.scopes = ConsentScope::Testimonial | ConsentScope::Photo | ConsentScope::Video | ConsentScope::Story;
                c.signedOn = QDate(2026, 1, 1);
                draft.consents.append(c);
            }
            if (o.value(QStringLiteral("has_image")).toBool(false)) {
                DraftMedia m;
                if (!o.value(QStringLiteral("image_alt")).isNull()) {
                    m.altText = o.value(QStringLiteral("image_alt")).toString();
                }
                m.showsPatient = o.value(QStringLiteral("image_shows_patient_face")).toBool(false);
                m.consentId = consent ? 1 : 0;
                draft.media.append(m);
            }

            QList<Gold> gold;
            const bool presidio = o.contains(QStringLiteral("spans"));
            if (presidio) {
                for (const QJsonValue& v : o.value(QStringLiteral("spans")).toArray()) {
                    const QJsonObject s = v.toObject();
                    const QString type = s.value(QStringLiteral("type")).toString();
                    Gold g;
                    g.start = at(s.value(QStringLiteral("start")).toInt());
                    g.end = at(s.value(QStringLiteral("end")).toInt());
                    g.category = presidioMap.value(type);
                    const QString quote = text.mid(g.start, g.end - g.start).trimmed();
                    if (g.category.isEmpty()) {
                        g.ignorable = true; // ORG, TITLE, NRP: not identifiers
                    } else if (!raw && type == QLatin1String("LOCATION")) {
                        const auto place = engine->ruleBook().places().find(TextAnalysis::fold(quote));
                        g.ignorable = place && !place->smallerThanState();
                    } else if (!raw && type == QLatin1String("DATE")) {
                        g.ignorable = yearOnly.match(quote).hasMatch() || weekdayOnly.match(quote).hasMatch();
                    }
                    gold.append(g);
                }
            } else {
                for (const QJsonValue& v : o.value(QStringLiteral("findings")).toArray()) {
                    const QJsonObject f = v.toObject();
                    Gold g;
                    g.category = f.value(QStringLiteral("category")).toString();
                    g.start = at(f.value(QStringLiteral("start")).toInt());
                    g.end = at(f.value(QStringLiteral("end")).toInt());
                    gold.append(g);
                }
                ++cleanPosts;
            }

            const Findings all = engine->check(draft, context);
            Findings findings;
            for (Finding f : all) {
                if (!allSeverities && f.severity == Severity::Info) {
                    continue;
                }
                if (presidio) {
                    // Presidio labels identifiers only, and faxes as PHONE.
                    if (!f.category.startsWith(QLatin1String("phi.")) || f.category == category::PhiPhoto) {
                        continue;
                    }
                    if (f.category == category::PhiFax) {
                        f.category = category::PhiPhone;
                    }
                }
                findings.append(f);
            }
            if (!presidio) {
                if (gold.isEmpty()) {
                    cleanFlagged += findings.isEmpty() ? 0 : 1;
                    if (verbose && !findings.isEmpty()) {
                        for (const Finding& f : findings) {
                            std::printf("CLEAN-FLAGGED %s %s %s: \"%s\"\n",
                                        qPrintable(o.value(QStringLiteral("id")).toString()),
                                        qPrintable(f.category),
                                        qPrintable(f.ruleId),
                                        qPrintable(text.mid(f.start, f.end - f.start)));
                        }
                    }
                } else {
                    --cleanPosts;
                }
            }
            // Recall.
            QSet<QString> wholePostSeen;
            for (const Gold& g : std::as_const(gold)) {
                if (g.ignorable || g.category.isEmpty()) {
                    continue;
                }
                Counts& c = counts[g.category];
                ++c.gold;
                bool found = false;
                for (const Finding& f : std::as_const(findings)) {
                    if (f.category != g.category) {
                        continue;
                    }
                    if (g.start == g.end) {
                        found = found || f.isWholePost();
                    } else if (!f.isWholePost() && 2 * overlap(f.start, f.end, g.start, g.end) >= (g.end - g.start)) {
                        found = true;
                    }
                }
                c.found += found ? 1 : 0;
                if (!found && verbose) {
                    std::printf(
                        "MISS %s %s: \"%s\"\n",
                        qPrintable(o.value(QStringLiteral("id")).toString()),
                        qPrintable(g.category),
                        qPrintable(text.mid(g.start, g.end - g.start).replace(QLatin1Char('\n'), QLatin1Char(' '))));
                }
            }
            // Precision.
            for (const Finding& f : std::as_const(findings)) {
                if (f.isWholePost()) {
                    if (wholePostSeen.contains(f.category)) {
                        continue;
                    }
                    wholePostSeen.insert(f.category);
                }
                bool correct = false;
                bool ignored = false;
                for (const Gold& g : std::as_const(gold)) {
                    const qsizetype ov = overlap(f.start, f.end, g.start, g.end);
                    if (g.ignorable && ov > 0) {
                        ignored = true;
                    }
                    if (g.category != f.category || g.ignorable) {
                        continue;
                    }
                    if (g.start == g.end) {
                        correct = correct || f.isWholePost();
                    } else if (!f.isWholePost() && (2 * ov >= (g.end - g.start) || 2 * ov >= (f.end - f.start))) {
                        correct = true;
                    }
                }
                if (!correct && ignored) {
                    continue;
                }
                Counts& c = counts[f.category];
                ++c.findings;
                c.correct += correct ? 1 : 0;
                if (!correct && verbose) {
                    std::printf(
                        "FALSE %s %s %s: \"%s\"\n",
                        qPrintable(o.value(QStringLiteral("id")).toString()),
                        qPrintable(f.category),
                        qPrintable(f.ruleId),
                        qPrintable(text.mid(f.start, f.end - f.start).replace(QLatin1Char('\n'), QLatin1Char(' '))));
                }
            }
        }
        std::printf("\n%s\n", qPrintable(QFileInfo(path).fileName()));
        std::printf("%-24s %6s %6s %8s %8s %8s %10s\n",
                    "category",
                    "gold",
                    "found",
                    "recall",
                    "findings",
                    "correct",
                    "precision");
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const Counts& c = it.value();
            Counts& t = total[it.key()];
            t.gold += c.gold;
            t.found += c.found;
            t.findings += c.findings;
            t.correct += c.correct;
            std::printf("%-24s %6d %6d %8.3f %8d %8d %10.3f\n",
                        qPrintable(it.key()),
                        c.gold,
                        c.found,
                        c.gold ? double(c.found) / c.gold : 1.0,
                        c.findings,
                        c.correct,
                        c.findings ? double(c.correct) / c.findings : 1.0);
        }
        if (cleanPosts > 0) {
            std::printf("clean posts with a warning or blocker: %d of %d\n", cleanFlagged, cleanPosts);
            cleanFlaggedTotal += cleanFlagged;
        }
    }
    if (!minFile.isEmpty()) {
        QFile f(minFile);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(minFile));
            return 2;
        }
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().simplified().split(' ');
            if (cols.size() >= 2 && cols[0] == "clean-flagged-max") {
                if (cleanFlaggedTotal > cols[1].toInt()) {
                    std::printf("ABOVE clean-flagged-max: %d clean posts flagged (max %s)\n",
                                cleanFlaggedTotal,
                                cols[1].constData());
                    ++failures;
                }
                continue;
            }
            if (cols.size() < 3 || cols[0].startsWith('#')) {
                continue;
            }
            const Counts c = total.value(QString::fromUtf8(cols[0]));
            const double recall = c.gold ? double(c.found) / c.gold : 1.0;
            const double precision = c.findings ? double(c.correct) / c.findings : 1.0;
            if (recall + 1e-9 < cols[1].toDouble() || precision + 1e-9 < cols[2].toDouble()) {
                std::printf("BELOW %s: recall %.3f (min %s), precision %.3f (min %s)\n",
                            cols[0].constData(),
                            recall,
                            cols[1].constData(),
                            precision,
                            cols[2].constData());
                ++failures;
            }
        }
    }
    return failures > 0 ? 1 : 0;
}
