#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace clearpost {

// The social networks Clearpost can plan and publish for. The stable string ids
// ("x", "bluesky", …) are what the database, the command line and rule packs use.
enum class Platform {
    X,
    Bluesky,
    Mastodon,
    Threads,
    Instagram,
    Facebook,
    LinkedIn,
    GoogleBusiness,
};

QList<Platform> allPlatforms();
QString platformId(Platform platform);
std::optional<Platform> platformFromId(const QString& id);
// Human-readable, translated name ("Google Business Profile").
QString platformName(Platform platform);
// One calm colour per network for stripes and chips (never a brand logo).
QString platformColor(Platform platform);
// Networks where an account lives on one of several servers (a Mastodon instance, a Bluesky PDS).
bool platformHasServer(Platform platform);
QString platformDefaultServer(Platform platform);

} // namespace clearpost
