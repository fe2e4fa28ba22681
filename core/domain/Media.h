#pragma once

#include <QDateTime>
#include <QString>

namespace clearpost {

// An image or video attached to posts. `showsPatient` is the user's answer to
// "does this show a patient?": the checker cannot see pictures, so it asks.
struct Media
{
    qint64 id = 0;
    QString filePath;
    QString sha256; // hex; identifies the file even if it moves
    QString mimeType;
    QString altText;
    bool showsPatient = false;
    qint64 consentId = 0; // 0 = none linked
    QDateTime createdAt;

    bool operator==(const Media&) const = default;
};

} // namespace clearpost
