#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace clearpost {

namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

QString systemUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user;
}

const QList<Entry>& entries()
{
    static const QList<Entry> table{
        {Settings::Key::Language, "General/Language", QString()},
        {Settings::Key::UserName, "General/UserName", systemUserName()},
        {Settings::Key::LastDatabase, "General/LastDatabase", QString()},
        {Settings::Key::InstagramHashtagLimit, "Compliance/InstagramHashtagLimit", 30},
        {Settings::Key::MastodonDefaultLimit, "Compliance/MastodonDefaultLimit", 500},
        {Settings::Key::AutosaveSeconds, "Compose/AutosaveSeconds", 10},
    };
    return table;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries()) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
}

constexpr const char* kVersionKey = "ConfigVersion";

} // namespace

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::defaultFile()
{
    const QString overridden = qEnvironmentVariable("CLEARPOST_CONFIG");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("clearpost.ini"));
}

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    const Entry& e = entry(key);
    if (value == e.defaultValue) {
        m_settings->remove(QLatin1String(e.name));
    } else {
        m_settings->setValue(QLatin1String(e.name), value);
    }
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
}

QVariant Settings::defaultValue(Key key) const
{
    return entry(key).defaultValue;
}

QString Settings::name(Key key) const
{
    return QLatin1String(entry(key).name);
}

int Settings::currentVersion()
{
    return 1;
}

int Settings::fileVersion() const
{
    return m_settings->value(QLatin1String(kVersionKey), 0).toInt();
}

void Settings::migrate()
{
    // Version 1 is the first format; later versions add steps here, oldest first,
    // renaming or converting keys so nobody loses a setting on upgrade.
    if (fileVersion() < currentVersion()) {
        m_settings->setValue(QLatin1String(kVersionKey), currentVersion());
    }
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString AppPaths::defaultDatabase()
{
    const QString overridden = qEnvironmentVariable(databaseEnvVar());
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("practice.clearpost"));
}

QString AppPaths::demoDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-practice.clearpost"));
}

} // namespace clearpost
