#pragma once

#include "domain/Account.h"
#include "domain/Post.h"
#include "domain/Practice.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace clearpost::test {

// Keeps tests away from the user's data: QStandardPaths test mode, and a
// settings file and database path in a private temporary folder.
void isolateFromUserData();

// A fresh, migrated database file in a temporary folder.
class TempDatabase
{
public:
    TempDatabase();
    Database& db() { return m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

Practice samplePractice();
// Inserts an account and returns its id (fails the test on error).
qint64 addAccount(Database& db, Platform platform, const QString& handle);
// A draft post with one target per account id.
Post samplePost(const QList<qint64>& accountIds, const QString& body = QStringLiteral("Floss daily!"));

// Every row of every table as text, in a stable order, to compare databases.
QStringList dumpTables(Database& db);

// SHA-256 of a file's bytes, to prove a file was not modified.
QByteArray fileHash(const QString& path);

} // namespace clearpost::test
