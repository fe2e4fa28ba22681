#include "Practice.h"

#include <QCoreApplication>

namespace clearpost {

QString jurisdictionId(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::US:
        return QStringLiteral("US");
    case Jurisdiction::UK:
        return QStringLiteral("UK");
    case Jurisdiction::DE:
        return QStringLiteral("DE");
    }
    return {};
}

std::optional<Jurisdiction> jurisdictionFromId(const QString& id)
{
    const QString key = id.trimmed().toUpper();
    if (key == QLatin1String("US")) {
        return Jurisdiction::US;
    }
    if (key == QLatin1String("UK") || key == QLatin1String("GB")) {
        return Jurisdiction::UK;
    }
    if (key == QLatin1String("DE")) {
        return Jurisdiction::DE;
    }
    return std::nullopt;
}

QString jurisdictionName(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::US:
        return QCoreApplication::translate("Practice", "United States (HIPAA, FTC)");
    case Jurisdiction::UK:
        return QCoreApplication::translate("Practice", "United Kingdom (UK GDPR, ASA CAP Code, GMC/GDC)");
    case Jurisdiction::DE:
        return QCoreApplication::translate("Practice", "Germany (DSGVO, HWG)");
    }
    return {};
}

QList<Specialty> allSpecialties()
{
    return {Specialty::Dental,
            Specialty::Physiotherapy,
            Specialty::FamilyMedicine,
            Specialty::Dermatology,
            Specialty::Veterinary,
            Specialty::Therapy,
            Specialty::Other};
}

QString specialtyId(Specialty s)
{
    switch (s) {
    case Specialty::Dental:
        return QStringLiteral("dental");
    case Specialty::Physiotherapy:
        return QStringLiteral("physiotherapy");
    case Specialty::FamilyMedicine:
        return QStringLiteral("family_medicine");
    case Specialty::Dermatology:
        return QStringLiteral("dermatology");
    case Specialty::Veterinary:
        return QStringLiteral("veterinary");
    case Specialty::Therapy:
        return QStringLiteral("therapy");
    case Specialty::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Specialty> specialtyFromId(const QString& id)
{
    for (Specialty s : allSpecialties()) {
        if (specialtyId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString specialtyName(Specialty s)
{
    switch (s) {
    case Specialty::Dental:
        return QCoreApplication::translate("Practice", "Dental");
    case Specialty::Physiotherapy:
        return QCoreApplication::translate("Practice", "Physiotherapy");
    case Specialty::FamilyMedicine:
        return QCoreApplication::translate("Practice", "Family medicine");
    case Specialty::Dermatology:
        return QCoreApplication::translate("Practice", "Dermatology");
    case Specialty::Veterinary:
        return QCoreApplication::translate("Practice", "Veterinary");
    case Specialty::Therapy:
        return QCoreApplication::translate("Practice", "Therapy");
    case Specialty::Other:
        return QCoreApplication::translate("Practice", "Other");
    }
    return {};
}

QString defaultDisclaimer(const QString& language)
{
    // Short enough for X; wording from RULES.md §5, in the practice's post language.
    if (language == QLatin1String("de")) {
        return QStringLiteral("Allgemeine Information, ersetzt keine ärztliche Beratung. "
                              "Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Situation.");
    }
    if (language == QLatin1String("es")) {
        return QStringLiteral("Información general, no es consejo médico. Consulte a su profesional de salud.");
    }
    return QStringLiteral("General info, not medical advice. Talk to your own clinician about your situation.");
}

} // namespace clearpost
