#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace clearpost {

struct Practice;

// A reusable post text. Placeholders in braces are filled from the practice:
// {practice}, {phone}, {email}, {website}, {address}, {disclaimer}.
struct Template
{
    qint64 id = 0;
    QString title;
    QString category; // "Awareness day", "Team", "Review reply", …
    QString language = QStringLiteral("en");
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Template&) const = default;
};

// Placeholders known to `fillTemplate`.
QStringList templatePlaceholders();
// Replaces known placeholders with the practice's details; unknown ones stay as typed
// so the user sees them.
QString fillTemplate(const QString& body, const Practice& practice);

} // namespace clearpost
