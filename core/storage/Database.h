#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace clearpost {

// One practice's SQLite file. Opening checks the file before touching it: a file
// that is not SQLite, fails the integrity check, or was written by a newer
// Clearpost gives a clear message and is left exactly as it was. Then WAL, foreign
// keys and a busy timeout are set and pending migrations run, each in its own
// transaction, recorded in `PRAGMA user_version`.
//
// A Database belongs to the thread that opened it (a Qt Sql rule).
class Database
{
public:
    // The schema this build writes. Add a migration in Migrations.cpp to raise it.
    static int currentSchemaVersion();

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if missing) and migrates.
    Status open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Full `PRAGMA integrity_check`; the open-time check is the faster quick_check.
    Status checkIntegrity() const;
    // A consistent copy of the whole database (VACUUM INTO), safe while in use.
    Status backupTo(const QString& targetPath) const;

    // Reads the schema version of a file without changing it (tests, diagnostics).
    static Result<int> peekSchemaVersion(const QString& path);

private:
    friend class Transaction;
    Status inspectExisting(const QString& path);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

// An all-or-nothing unit of work. The outermost one is `BEGIN IMMEDIATE`, nested
// ones are savepoints, so services can compose repository calls. Not committed
// by the time it goes out of scope means rolled back.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN itself worked; a failed begin is reported by commit() too.
    Status begun() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    Status m_begin;
    int m_level = 0;
    bool m_done = false;
};

} // namespace clearpost
