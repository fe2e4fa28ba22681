#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clearpost {

// The legal regime whose rule pack the compliance engine applies.
enum class Jurisdiction {
    US,
    UK,
    DE,
};

QString jurisdictionId(Jurisdiction j); // "US", "UK", "DE"
std::optional<Jurisdiction> jurisdictionFromId(const QString& id);
QString jurisdictionName(Jurisdiction j);

enum class Specialty {
    Dental,
    Physiotherapy,
    FamilyMedicine,
    Dermatology,
    Veterinary,
    Therapy,
    Other,
};

QList<Specialty> allSpecialties();
QString specialtyId(Specialty s);
std::optional<Specialty> specialtyFromId(const QString& id);
QString specialtyName(Specialty s);

// Someone who works at the practice. Staff names are never flagged as patient names.
struct StaffMember
{
    QString name;
    QString role;          // free text: "Dentist", "Hygienist", "Practice manager"
    bool approver = false; // may approve posts for publishing

    bool operator==(const StaffMember&) const = default;
};

// The practice: one per database. Its own address, phone, e-mail and website are
// public details, so the compliance engine allows them.
struct Practice
{
    QString name;
    Specialty specialty = Specialty::Dental;
    Jurisdiction jurisdiction = Jurisdiction::US;
    QByteArray timeZone = "UTC";             // IANA id
    QString language = QStringLiteral("en"); // en, de, es: language of posts
    QString address;
    QString phone;
    QString email;
    QString website;
    QString disclaimer;
    QList<StaffMember> staff;
    QStringList customTerms; // the practice's own words to flag

    bool operator==(const Practice&) const = default;
};

QString defaultDisclaimer(const QString& language);

} // namespace clearpost
