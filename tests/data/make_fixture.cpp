// Writes tests/data/schema-vN.clearpost for the current schema N, with the fixed
// sample content tst_migrations checks after upgrading. Run it once when a new
// migration is added, *before* changing the schema, so the previous schema gets
// its fixture:  build/dev/tests/make_fixture tests/data
#include "domain/Account.h"
#include "domain/Post.h"
#include "domain/Practice.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/PostRepository.h"
#include "storage/PracticeRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

using namespace clearpost;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fixture DATA_DIR\n");
        return 2;
    }
    const QString path = QDir(QString::fromLocal8Bit(argv[1]))
                             .filePath(QStringLiteral("schema-v%1.clearpost").arg(Database::currentSchemaVersion()));
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s exists; fixtures are never rewritten\n", qPrintable(path));
        return 1;
    }
    {
        Database db;
        if (Status s = db.open(path); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        Practice p;
        p.name = QStringLiteral("Fixture Family Dental");
        p.timeZone = "America/Chicago";
        p.staff = {{QStringLiteral("Dr. Ada Fixture"), QStringLiteral("Dentist"), true},
                   {QStringLiteral("Ben Fixture"), QStringLiteral("Hygienist"), false}};
        (void)PracticeRepository(db).save(p);
        QList<qint64> accounts;
        for (Platform platform : {Platform::Facebook, Platform::Bluesky}) {
            Account a;
            a.platform = platform;
            a.handle = QStringLiteral("fixture");
            a.keychainKey = QStringLiteral("fixture/%1").arg(platformId(platform));
            a.serverUrl = platformDefaultServer(platform);
            a.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
            accounts.append(*AccountRepository(db).insert(a));
        }
        for (int i = 0; i < 3; ++i) {
            Post post;
            post.title = QStringLiteral("Fixture %1").arg(i);
            post.body = QStringLiteral("Fixture post number %1 🦷").arg(i);
            post.state = i == 0 ? PostState::Published : PostState::Draft;
            post.scheduledAt = QDateTime(QDate(2026, 1, 10 + i), QTime(15, 0), Qt::UTC);
            post.createdAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
            post.updatedAt = post.createdAt;
            for (qint64 id : accounts) {
                PostTarget t;
                t.accountId = id;
                post.targets.append(t);
            }
            (void)PostRepository(db).insert(post);
        }
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}
