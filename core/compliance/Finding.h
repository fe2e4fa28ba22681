#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace clearpost {

enum class Severity {
    Info,    // a hint; never stops anything
    Warning, // may need review
    Blocker, // stops approval unless an approver overrides it with a written reason
};

QString severityId(Severity s);   // "info", "warning", "blocker"
QString severityName(Severity s); // translated

// What the user can do about a finding with one click.
struct FindingFix
{
    enum class Kind {
        None,
        Replace, // replace the finding's span with `text`
        Append,  // append `text` to the post (e.g. the practice's disclaimer)
        Action,  // an action in the composer: `action` is "link-consent", "add-alt-text", …
    };
    Kind kind = Kind::None;
    QString text;
    qsizetype start = 0; // for Replace: the part of the text to replace (may be narrower than the finding)
    qsizetype end = 0;
    QString action;
    QString label; // button text, translated

    bool operator==(const FindingFix&) const = default;
};

// One thing in a draft that may need review. Spans are UTF-16 indices into the
// draft text (end exclusive); whole-post findings (an image without alt text, a
// post over a limit) have start == end == 0.
struct Finding
{
    QString ruleId;   // stable, refines the category: "phi.id.ssn", "claim.misleading.cure"
    QString category; // stable: "phi.person", "claim.misleading", …
    Severity severity = Severity::Warning;
    qsizetype start = 0;
    qsizetype end = 0;
    QString message;     // short, translated: "Patient name"
    QString explanation; // why it may be a problem, translated
    QString source;      // where the rule comes from: "HIPAA Safe Harbor identifier D — telephone numbers"
    FindingFix fix;

    bool operator==(const Finding&) const = default;
    bool isWholePost() const { return start == end; }
};

using Findings = QList<Finding>;

// The stable category ids (the command line and tests use them).
namespace category {
inline const QString PhiPerson = QStringLiteral("phi.person");
inline const QString PhiDate = QStringLiteral("phi.date");
inline const QString PhiAge = QStringLiteral("phi.age");
inline const QString PhiPhone = QStringLiteral("phi.phone");
inline const QString PhiFax = QStringLiteral("phi.fax");
inline const QString PhiEmail = QStringLiteral("phi.email");
inline const QString PhiAddress = QStringLiteral("phi.address");
inline const QString PhiId = QStringLiteral("phi.id");
inline const QString PhiUrl = QStringLiteral("phi.url");
inline const QString PhiIp = QStringLiteral("phi.ip");
inline const QString PhiPhoto = QStringLiteral("phi.photo");
inline const QString PatientRelationship = QStringLiteral("patient.relationship");
inline const QString ConsentMissing = QStringLiteral("consent.missing");
inline const QString AdviceDisclaimer = QStringLiteral("advice.disclaimer");
inline const QString ClaimMisleading = QStringLiteral("claim.misleading");
inline const QString EndorsementUndisclosed = QStringLiteral("endorsement.undisclosed");
inline const QString PlatformLimit = QStringLiteral("platform.limit");
inline const QString AccessibilityAltText = QStringLiteral("accessibility.alt_text");
QStringList all();
} // namespace category

} // namespace clearpost

Q_DECLARE_METATYPE(clearpost::Finding)
