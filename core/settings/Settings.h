#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace clearpost {

// Application settings, kept apart from the practice database (one person may
// open several practices; a practice file may move between computers).
// Every key is declared once in the table in Settings.cpp with its default.
// Window geometry is not here: that belongs to the UI.
class Settings
{
public:
    enum class Key {
        Language,              // UI language: "" = follow the system, or "en", "de", "es"; applies on restart
        UserName,              // who is working: written to the audit trail
        LastDatabase,          // the practice file opened last
        InstagramHashtagLimit, // Instagram's hashtag cap (30 documented, 5 in newer docs)
        MastodonDefaultLimit,  // characters per post on a Mastodon server without its own setting
        AutosaveSeconds,       // how often the composer autosaves a draft
    };

    // Settings stored in `iniFile`.
    explicit Settings(const QString& iniFile);
    ~Settings();

    // The settings file: $CLEARPOST_CONFIG, or clearpost.ini in the app config folder.
    static QString defaultFile();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    QVariant defaultValue(Key key) const;
    QString name(Key key) const;

    // Settings version of the file; migrate() brings an older file up to date.
    static int currentVersion();
    int fileVersion() const;
    void sync();
    QString fileName() const;

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

// Where Clearpost keeps its files.
class AppPaths
{
public:
    // $CLEARPOST_DB, or practice.clearpost in the app data folder.
    static QString defaultDatabase();
    static QString demoDatabase();
    // Name of the environment variable that overrides the database file.
    static const char* databaseEnvVar() { return "CLEARPOST_DB"; }
};

} // namespace clearpost
