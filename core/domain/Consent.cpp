#include "Consent.h"

#include <QCoreApplication>
#include <QStringList>

namespace clearpost {

namespace {
struct ScopeName
{
    ConsentScope scope;
    const char* id;
};
constexpr ScopeName kScopes[] = {
    {ConsentScope::Testimonial, "testimonial"},
    {ConsentScope::Photo, "photo"},
    {ConsentScope::Video, "video"},
    {ConsentScope::Story, "story"},
};
} // namespace

QString consentScopesToString(ConsentScopes scopes)
{
    QStringList parts;
    for (const auto& s : kScopes) {
        if (scopes.testFlag(s.scope)) {
            parts.append(QString::fromLatin1(s.id));
        }
    }
    return parts.join(QLatin1Char(','));
}

ConsentScopes consentScopesFromString(const QString& text)
{
    ConsentScopes result;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        for (const auto& s : kScopes) {
            if (part.trimmed() == QLatin1String(s.id)) {
                result |= s.scope;
            }
        }
    }
    return result;
}

QString consentScopeName(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::Testimonial:
        return QCoreApplication::translate("Consent", "Testimonial");
    case ConsentScope::Photo:
        return QCoreApplication::translate("Consent", "Photo");
    case ConsentScope::Video:
        return QCoreApplication::translate("Consent", "Video");
    case ConsentScope::Story:
        return QCoreApplication::translate("Consent", "Story");
    }
    return {};
}

bool Consent::isValidOn(const QDate& day) const
{
    if (!signedOn.isValid() || day < signedOn) {
        return false;
    }
    if (expiresOn.isValid() && day > expiresOn) {
        return false;
    }
    if (revokedOn.isValid() && day >= revokedOn) {
        return false;
    }
    return true;
}

bool Consent::covers(ConsentScope scope, Platform platform, const QDate& day) const
{
    return isValidOn(day) && scopes.testFlag(scope) && platforms.contains(platform);
}

} // namespace clearpost
