#include "PracticeRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>

namespace clearpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRepository)
};
} // namespace

bool PracticeRepository::exists() const
{
    auto q = sql::exec(
        m_db.connection(), QStringLiteral("SELECT 1 FROM practice WHERE id = 1"), {}, Tr::tr("read the practice"));
    return q && q->next();
}

Result<Practice> PracticeRepository::load() const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT name, specialty, jurisdiction, time_zone, language, address, phone, "
                                      "email, website, disclaimer, custom_terms FROM practice WHERE id = 1"),
                       {},
                       Tr::tr("read the practice profile"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(Tr::tr("This database has no practice profile yet."), Error::Code::NotFound);
    }
    Practice p;
    p.name = q->value(0).toString();
    p.specialty = specialtyFromId(q->value(1).toString()).value_or(Specialty::Other);
    p.jurisdiction = jurisdictionFromId(q->value(2).toString()).value_or(Jurisdiction::US);
    p.timeZone = q->value(3).toString().toUtf8();
    p.language = q->value(4).toString();
    p.address = q->value(5).toString();
    p.phone = q->value(6).toString();
    p.email = q->value(7).toString();
    p.website = q->value(8).toString();
    p.disclaimer = q->value(9).toString();
    p.customTerms = q->value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    auto staff = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT name, role, approver FROM staff_member ORDER BY position"),
                           {},
                           Tr::tr("read the staff roster"));
    if (!staff) {
        return staff.error();
    }
    while (staff->next()) {
        p.staff.append({staff->value(0).toString(), staff->value(1).toString(), staff->value(2).toBool()});
    }
    return p;
}

Status PracticeRepository::save(const Practice& p)
{
    if (p.name.trimmed().isEmpty()) {
        return Error(Tr::tr("The practice needs a name."), Error::Code::InvalidInput);
    }
    Transaction tx(m_db);
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO practice (id, name, specialty, jurisdiction, time_zone, language, "
                                      "address, phone, email, website, disclaimer, custom_terms) "
                                      "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                      "specialty = excluded.specialty, jurisdiction = excluded.jurisdiction, "
                                      "time_zone = excluded.time_zone, language = excluded.language, "
                                      "address = excluded.address, phone = excluded.phone, email = excluded.email, "
                                      "website = excluded.website, disclaimer = excluded.disclaimer, "
                                      "custom_terms = excluded.custom_terms"),
                       {p.name.trimmed(),
                        specialtyId(p.specialty),
                        jurisdictionId(p.jurisdiction),
                        QString::fromUtf8(p.timeZone),
                        p.language,
                        p.address,
                        p.phone,
                        p.email,
                        p.website,
                        p.disclaimer,
                        p.customTerms.join(QLatin1Char('\n'))},
                       Tr::tr("save the practice profile"));
    if (!q) {
        return q.error();
    }
    if (auto d = sql::exec(
            m_db.connection(), QStringLiteral("DELETE FROM staff_member"), {}, Tr::tr("save the staff roster"));
        !d) {
        return d.error();
    }
    int position = 0;
    for (const StaffMember& s : p.staff) {
        if (s.name.trimmed().isEmpty()) {
            continue;
        }
        auto ins =
            sql::exec(m_db.connection(),
                      QStringLiteral("INSERT INTO staff_member (position, name, role, approver) VALUES (?, ?, ?, ?)"),
                      {position++, s.name.trimmed(), s.role.trimmed(), s.approver ? 1 : 0},
                      Tr::tr("save the staff roster"));
        if (!ins) {
            return ins.error();
        }
    }
    return tx.commit();
}

} // namespace clearpost
