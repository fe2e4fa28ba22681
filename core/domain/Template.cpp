#include "Template.h"

#include "Practice.h"

namespace clearpost {

QStringList templatePlaceholders()
{
    return {QStringLiteral("{practice}"),
            QStringLiteral("{phone}"),
            QStringLiteral("{email}"),
            QStringLiteral("{website}"),
            QStringLiteral("{address}"),
            QStringLiteral("{disclaimer}")};
}

QString fillTemplate(const QString& body, const Practice& practice)
{
    const QMap<QString, QString> values{
        {QStringLiteral("{practice}"), practice.name},
        {QStringLiteral("{phone}"), practice.phone},
        {QStringLiteral("{email}"), practice.email},
        {QStringLiteral("{website}"), practice.website},
        {QStringLiteral("{address}"), practice.address},
        {QStringLiteral("{disclaimer}"),
         practice.disclaimer.isEmpty() ? defaultDisclaimer(practice.language) : practice.disclaimer},
    };
    // One pass, so a value containing braces is never expanded again.
    QString out;
    out.reserve(body.size() + 64);
    qsizetype i = 0;
    while (i < body.size()) {
        if (body.at(i) == QLatin1Char('{')) {
            const qsizetype close = body.indexOf(QLatin1Char('}'), i);
            if (close > i) {
                const QString key = body.mid(i, close - i + 1);
                const auto it = values.constFind(key);
                if (it != values.constEnd()) {
                    out += it.value();
                    i = close + 1;
                    continue;
                }
            }
        }
        out += body.at(i);
        ++i;
    }
    return out;
}

} // namespace clearpost
