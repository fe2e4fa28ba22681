// Helper for tst_crashsafety: writes posts in a loop and prints each id after its
// transaction committed. The test kills this process at random moments.
#include "domain/Post.h"
#include "services/PostService.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace clearpost;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 2;
    }
    Database db;
    if (Status s = db.open(QString::fromLocal8Bit(argv[1])); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message()));
        return 1;
    }
    QList<qint64> accounts;
    if (auto existing = AccountRepository(db).list(); existing && existing->size() == 2) {
        accounts = {existing->at(0).id, existing->at(1).id};
    } else {
        for (Platform platform : {Platform::Facebook, Platform::Instagram}) {
            Account a;
            a.platform = platform;
            a.handle = QStringLiteral("crash");
            a.keychainKey = QStringLiteral("crash/%1").arg(platformId(platform));
            accounts.append(*AccountRepository(db).insert(a));
        }
    }
    PostService service(db);
    for (int i = 0;; ++i) {
        Post p;
        p.title = QStringLiteral("crash %1").arg(i);
        // Large enough that commits span several pages.
        p.body = QString(2000 + (i % 7) * 500, QLatin1Char('a' + i % 26));
        for (int t = 0; t < 2; ++t) {
            PostTarget target;
            target.accountId = accounts.at(t);
            target.text = QStringLiteral("variant %1").arg(t);
            p.targets.append(target);
        }
        Result<qint64> id = service.create(p, QStringLiteral("crash-writer"));
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.message()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
