#include "Platform.h"

#include <QCoreApplication>

namespace clearpost {

QList<Platform> allPlatforms()
{
    return {Platform::Facebook,
            Platform::Instagram,
            Platform::X,
            Platform::Bluesky,
            Platform::Mastodon,
            Platform::Threads,
            Platform::LinkedIn,
            Platform::GoogleBusiness};
}

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return QStringLiteral("x");
    case Platform::Bluesky:
        return QStringLiteral("bluesky");
    case Platform::Mastodon:
        return QStringLiteral("mastodon");
    case Platform::Threads:
        return QStringLiteral("threads");
    case Platform::Instagram:
        return QStringLiteral("instagram");
    case Platform::Facebook:
        return QStringLiteral("facebook");
    case Platform::LinkedIn:
        return QStringLiteral("linkedin");
    case Platform::GoogleBusiness:
        return QStringLiteral("gbp");
    }
    return {};
}

std::optional<Platform> platformFromId(const QString& id)
{
    const QString key = id.trimmed().toLower();
    for (Platform p : allPlatforms()) {
        if (platformId(p) == key) {
            return p;
        }
    }
    // Friendly aliases accepted on the command line and in imports.
    if (key == QLatin1String("twitter")) {
        return Platform::X;
    }
    if (key == QLatin1String("google") || key == QLatin1String("google_business") || key == QLatin1String("gmb")) {
        return Platform::GoogleBusiness;
    }
    if (key == QLatin1String("bsky")) {
        return Platform::Bluesky;
    }
    return std::nullopt;
}

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::X:
        return QCoreApplication::translate("Platform", "X");
    case Platform::Bluesky:
        return QCoreApplication::translate("Platform", "Bluesky");
    case Platform::Mastodon:
        return QCoreApplication::translate("Platform", "Mastodon");
    case Platform::Threads:
        return QCoreApplication::translate("Platform", "Threads");
    case Platform::Instagram:
        return QCoreApplication::translate("Platform", "Instagram");
    case Platform::Facebook:
        return QCoreApplication::translate("Platform", "Facebook");
    case Platform::LinkedIn:
        return QCoreApplication::translate("Platform", "LinkedIn");
    case Platform::GoogleBusiness:
        return QCoreApplication::translate("Platform", "Google Business Profile");
    }
    return {};
}

QString platformColor(Platform platform)
{
    // Muted, distinguishable in light and dark palettes; not brand colours.
    switch (platform) {
    case Platform::X:
        return QStringLiteral("#5f6b7a");
    case Platform::Bluesky:
        return QStringLiteral("#3b82c4");
    case Platform::Mastodon:
        return QStringLiteral("#7c5cc4");
    case Platform::Threads:
        return QStringLiteral("#8a8a8a");
    case Platform::Instagram:
        return QStringLiteral("#c2507a");
    case Platform::Facebook:
        return QStringLiteral("#3f63b5");
    case Platform::LinkedIn:
        return QStringLiteral("#2c7f9e");
    case Platform::GoogleBusiness:
        return QStringLiteral("#3d9a5b");
    }
    return QStringLiteral("#888888");
}

bool platformHasServer(Platform platform)
{
    return platform == Platform::Mastodon || platform == Platform::Bluesky;
}

QString platformDefaultServer(Platform platform)
{
    switch (platform) {
    case Platform::Bluesky:
        return QStringLiteral("https://bsky.social");
    case Platform::Mastodon:
        return QStringLiteral("https://mastodon.social");
    default:
        return {};
    }
}

} // namespace clearpost
