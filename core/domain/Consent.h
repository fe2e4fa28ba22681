#pragma once

#include "Platform.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

namespace clearpost {

enum class ConsentScope {
    Testimonial = 0x1,
    Photo = 0x2,
    Video = 0x4,
    Story = 0x8,
};
Q_DECLARE_FLAGS(ConsentScopes, ConsentScope)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConsentScopes)

QString consentScopesToString(ConsentScopes scopes); // "testimonial,photo"
ConsentScopes consentScopesFromString(const QString& text);
QString consentScopeName(ConsentScope scope);

// A patient's written permission to use their story or image. It points to the
// practice's own records (`recordRef`) and never holds a diagnosis.
struct Consent
{
    qint64 id = 0;
    QString subjectName; // how the person appears in posts ("Mr. Gomez")
    QString recordRef;   // the practice's own reference, e.g. a chart or form number
    ConsentScopes scopes;
    QList<Platform> platforms;
    QDate signedOn;
    QDate expiresOn; // invalid = no expiry
    QDate revokedOn; // invalid = not revoked
    QString notes;

    bool operator==(const Consent&) const = default;

    // Signed, not yet expired, not revoked on `day`, covering the scope and network.
    bool covers(ConsentScope scope, Platform platform, const QDate& day) const;
    bool isValidOn(const QDate& day) const;
};

} // namespace clearpost
