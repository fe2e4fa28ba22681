#include "Migrations.h"

namespace clearpost {

namespace {

// Conventions: instants are INTEGER milliseconds since the epoch (UTC); calendar
// dates are ISO 'YYYY-MM-DD' TEXT; ids are INTEGER PRIMARY KEY; enums are stable
// lower-case TEXT ids from the domain.
Migration version1()
{
    return {1,
            QStringLiteral("Initial schema: practice, accounts, posts, media, templates, plans, consents, "
                           "metrics, audit trail"),
            {
                QStringLiteral("PRAGMA application_id = %1").arg(kClearpostApplicationId),
                QStringLiteral(R"(CREATE TABLE practice (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL,
                    specialty TEXT NOT NULL,
                    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('US', 'UK', 'DE')),
                    time_zone TEXT NOT NULL,
                    language TEXT NOT NULL,
                    address TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    website TEXT NOT NULL DEFAULT '',
                    disclaimer TEXT NOT NULL DEFAULT '',
                    custom_terms TEXT NOT NULL DEFAULT ''
                ))"),
                QStringLiteral(R"(CREATE TABLE staff_member (
                    id INTEGER PRIMARY KEY,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL DEFAULT '',
                    approver INTEGER NOT NULL DEFAULT 0
                ))"),
                QStringLiteral(R"(CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    platform TEXT NOT NULL,
                    handle TEXT NOT NULL,
                    display_name TEXT NOT NULL DEFAULT '',
                    server_url TEXT NOT NULL DEFAULT '',
                    external_id TEXT NOT NULL DEFAULT '',
                    keychain_key TEXT NOT NULL,
                    status TEXT NOT NULL,
                    max_chars INTEGER NOT NULL DEFAULT 0,
                    connected_at INTEGER,
                    verified_at INTEGER,
                    rotated_at INTEGER,
                    token_expires_at INTEGER,
                    created_at INTEGER NOT NULL,
                    UNIQUE (platform, server_url, handle)
                ))"),
                QStringLiteral(R"(CREATE TABLE content_plan (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    goals TEXT NOT NULL DEFAULT '',
                    start_date TEXT,
                    end_date TEXT
                ))"),
                QStringLiteral(R"(CREATE TABLE plan_cadence (
                    plan_id INTEGER NOT NULL REFERENCES content_plan (id) ON DELETE CASCADE,
                    platform TEXT NOT NULL,
                    posts_per_week INTEGER NOT NULL CHECK (posts_per_week >= 0),
                    PRIMARY KEY (plan_id, platform)
                ))"),
                QStringLiteral(R"(CREATE TABLE plan_pillar (
                    plan_id INTEGER NOT NULL REFERENCES content_plan (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    target_percent INTEGER NOT NULL CHECK (target_percent BETWEEN 0 AND 100),
                    PRIMARY KEY (plan_id, name)
                ))"),
                QStringLiteral(R"(CREATE TABLE campaign (
                    id INTEGER PRIMARY KEY,
                    plan_id INTEGER REFERENCES content_plan (id) ON DELETE SET NULL,
                    name TEXT NOT NULL,
                    pillar TEXT NOT NULL DEFAULT '',
                    start_date TEXT,
                    end_date TEXT,
                    notes TEXT NOT NULL DEFAULT ''
                ))"),
                QStringLiteral(R"(CREATE TABLE template (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    category TEXT NOT NULL DEFAULT '',
                    language TEXT NOT NULL DEFAULT 'en',
                    body TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                ))"),
                QStringLiteral(R"(CREATE TABLE consent (
                    id INTEGER PRIMARY KEY,
                    subject_name TEXT NOT NULL,
                    record_ref TEXT NOT NULL DEFAULT '',
                    scopes TEXT NOT NULL,
                    platforms TEXT NOT NULL,
                    signed_on TEXT,
                    expires_on TEXT,
                    revoked_on TEXT,
                    notes TEXT NOT NULL DEFAULT ''
                ))"),
                QStringLiteral(R"(CREATE TABLE media (
                    id INTEGER PRIMARY KEY,
                    file_path TEXT NOT NULL,
                    sha256 TEXT NOT NULL DEFAULT '',
                    mime_type TEXT NOT NULL DEFAULT '',
                    alt_text TEXT NOT NULL DEFAULT '',
                    shows_patient INTEGER NOT NULL DEFAULT 0,
                    consent_id INTEGER REFERENCES consent (id) ON DELETE SET NULL,
                    created_at INTEGER NOT NULL
                ))"),
                QStringLiteral(R"(CREATE TABLE post (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    kind TEXT NOT NULL,
                    state TEXT NOT NULL,
                    campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
                    template_id INTEGER REFERENCES template (id) ON DELETE SET NULL,
                    scheduled_at INTEGER,
                    author TEXT NOT NULL DEFAULT '',
                    approved_by TEXT NOT NULL DEFAULT '',
                    override_justification TEXT NOT NULL DEFAULT '',
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                ))"),
                QStringLiteral("CREATE INDEX post_scheduled_at ON post (scheduled_at)"),
                QStringLiteral("CREATE INDEX post_state ON post (state)"),
                QStringLiteral(R"(CREATE TABLE post_target (
                    id INTEGER PRIMARY KEY,
                    post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
                    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                    text TEXT NOT NULL DEFAULT '',
                    state TEXT NOT NULL,
                    remote_id TEXT NOT NULL DEFAULT '',
                    remote_url TEXT NOT NULL DEFAULT '',
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT NOT NULL DEFAULT '',
                    published_at INTEGER,
                    UNIQUE (post_id, account_id)
                ))"),
                QStringLiteral("CREATE INDEX post_target_account ON post_target (account_id)"),
                QStringLiteral(R"(CREATE TABLE post_media (
                    post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
                    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (post_id, media_id)
                ))"),
                QStringLiteral(R"(CREATE TABLE post_consent (
                    post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
                    consent_id INTEGER NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
                    PRIMARY KEY (post_id, consent_id)
                ))"),
                QStringLiteral(R"(CREATE TABLE metric_sample (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                    post_target_id INTEGER REFERENCES post_target (id) ON DELETE CASCADE,
                    day TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    value REAL NOT NULL,
                    source TEXT NOT NULL DEFAULT ''
                ))"),
                QStringLiteral("CREATE UNIQUE INDEX metric_sample_key ON metric_sample "
                               "(account_id, ifnull(post_target_id, 0), day, metric)"),
                QStringLiteral("CREATE INDEX metric_sample_day ON metric_sample (day)"),
                QStringLiteral(R"(CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    entity_type TEXT NOT NULL,
                    entity_id INTEGER NOT NULL DEFAULT 0,
                    detail TEXT NOT NULL DEFAULT ''
                ))"),
                QStringLiteral("CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id)"),
            }};
}

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> all{version1()};
    return all;
}

} // namespace clearpost
