#include "Cli.h"
#include "CommandLine.h"

#include "compliance/ComplianceEngine.h"
#include "compliance/PlatformCounter.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PracticeRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

namespace clearpost::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// UTF-16 index -> code point index, for offsets that scripts in any language can use.
qsizetype codePoints(const QString& s, qsizetype utf16)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < utf16 && i < s.size(); ++i) {
        if (!(s[i].isLowSurrogate() && i > 0 && s[i - 1].isHighSurrogate())) {
            ++n;
        }
    }
    return n;
}

QJsonObject findingJson(const Finding& f, const QString& text)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.ruleId);
    o.insert(QStringLiteral("category"), f.category);
    o.insert(QStringLiteral("severity"), severityId(f.severity));
    o.insert(QStringLiteral("start"), codePoints(text, f.start));
    o.insert(QStringLiteral("end"), codePoints(text, f.end));
    o.insert(QStringLiteral("quote"), text.mid(f.start, f.end - f.start));
    o.insert(QStringLiteral("message"), f.message);
    if (!f.source.isEmpty()) {
        o.insert(QStringLiteral("source"), f.source);
    }
    if (f.fix.kind != FindingFix::Kind::None) {
        QJsonObject fix;
        fix.insert(QStringLiteral("label"), f.fix.label);
        switch (f.fix.kind) {
        case FindingFix::Kind::Replace:
            fix.insert(QStringLiteral("replace"), f.fix.text);
            fix.insert(QStringLiteral("start"), codePoints(text, f.fix.start));
            fix.insert(QStringLiteral("end"), codePoints(text, f.fix.end));
            break;
        case FindingFix::Kind::Append:
            fix.insert(QStringLiteral("append"), f.fix.text);
            break;
        case FindingFix::Kind::Action:
            fix.insert(QStringLiteral("action"), f.fix.action);
            break;
        case FindingFix::Kind::None:
            break;
        }
        o.insert(QStringLiteral("fix"), fix);
    } else {
        o.insert(QStringLiteral("fix"), QJsonValue::Null);
    }
    return o;
}

bool hasBlocker(const Findings& findings)
{
    return std::any_of(
        findings.cbegin(), findings.cend(), [](const Finding& f) { return f.severity == Severity::Blocker; });
}

// Decodes UTF-8 strictly: invalid bytes are an error, never replaced silently.
std::optional<QString> decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

void printHuman(const QString& label, const QString& text, const Findings& findings)
{
    if (findings.isEmpty()) {
        printOut(label.isEmpty() ? Tr::tr("No findings.") : Tr::tr("%1: no findings.").arg(label));
        return;
    }
    for (const Finding& f : findings) {
        // 1-based line:column of the finding's start.
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < f.start && i < text.size(); ++i) {
            if (text[i] == QLatin1Char('\n')) {
                ++line;
                lineStart = i + 1;
            }
        }
        const qsizetype column = codePoints(text, f.start) - codePoints(text, lineStart) + 1;
        QString quote = text.mid(f.start, f.end - f.start).simplified();
        if (quote.size() > 70) {
            quote = quote.left(67) + QStringLiteral("…");
        }
        QString out = QStringLiteral("%1%2:%3  %4  %5  %6")
                          .arg(label.isEmpty() ? QString() : label + QLatin1Char(' '))
                          .arg(line)
                          .arg(column)
                          .arg(severityId(f.severity).leftJustified(7), f.category.leftJustified(24), f.message);
        if (!quote.isEmpty()) {
            out += QStringLiteral("  “%1”").arg(quote);
        }
        printOut(out);
    }
}

bool isCheckLanguage(const QString& lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("de") || lang == QLatin1String("es");
}

struct Defaults
{
    ComplianceContext context;
    QList<Platform> platforms;
    PostKind kind = PostKind::Post;
};

std::optional<QList<Platform>> parsePlatforms(const QString& list, QString* bad)
{
    QList<Platform> out;
    for (const QString& id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto p = platformFromId(id);
        if (!p) {
            *bad = id.trimmed();
            return std::nullopt;
        }
        out.append(*p);
    }
    return out;
}

} // namespace

int runCheck(const QStringList& args)
{
    CommandLine cli(QStringLiteral("check"),
                    Tr::tr("Checks a text for privacy and advertising-rule problems. Exit code 0: no blocker; 1: at "
                           "least one blocker; 2: bad input."));
    cli.parser().addPositionalArgument(QStringLiteral("file"),
                                       Tr::tr("The text to check; - or nothing reads standard input."),
                                       QStringLiteral("[FILE|-]"));
    cli.addOption({QStringLiteral("platforms"),
                   Tr::tr("Target networks, comma-separated: %1.")
                       .arg(QStringList{QStringLiteral("x"),
                                        QStringLiteral("bluesky"),
                                        QStringLiteral("mastodon"),
                                        QStringLiteral("threads"),
                                        QStringLiteral("instagram"),
                                        QStringLiteral("facebook"),
                                        QStringLiteral("linkedin"),
                                        QStringLiteral("gbp")}
                                .join(QStringLiteral(", "))),
                   QStringLiteral("LIST")});
    cli.addOption({QStringLiteral("jurisdiction"),
                   Tr::tr("US, UK or DE (default: the practice's, else US)."),
                   QStringLiteral("CODE")});
    cli.addOption({QStringLiteral("lang"),
                   Tr::tr("Language of the text: en, de or es (default: the practice's)."),
                   QStringLiteral("LANG")});
    cli.addOption({QStringLiteral("kind"),
                   Tr::tr("post, review_reply or comment_reply (default post)."),
                   QStringLiteral("KIND")});
    cli.addOption({QStringLiteral("batch"), Tr::tr("Check every line of a JSON-lines file."), QStringLiteral("FILE")});
    cli.addOption({QStringLiteral("json"), Tr::tr("Print JSON instead of text.")});
    if (auto exit = cli.parse(args)) {
        return *exit;
    }
    QCommandLineParser& p = cli.parser();
    const bool json = p.isSet(QStringLiteral("json"));

    Defaults d;
    d.context.practice.specialty = Specialty::Other;
    // The practice database gives the rules, the practice's own details and its staff.
    const QString dbPath = cli.database();
    if (!dbPath.isEmpty()) {
        if (!QFileInfo::exists(dbPath)) {
            return cli.usageError(Tr::tr("%1 does not exist").arg(QDir::toNativeSeparators(dbPath)));
        }
        Database db;
        if (Status s = db.open(dbPath); !s) {
            return cli.usageError(s.message());
        }
        if (Result<Practice> practice = PracticeRepository(db).load()) {
            d.context.practice = *practice;
        }
        const Settings settings(Settings::defaultFile());
        d.context.limits.instagramHashtagLimit = settings.value(Settings::Key::InstagramHashtagLimit).toInt();
        d.context.limits.mastodonMaxChars = settings.value(Settings::Key::MastodonDefaultLimit).toInt();
    }
    if (p.isSet(QStringLiteral("jurisdiction"))) {
        const auto j = jurisdictionFromId(p.value(QStringLiteral("jurisdiction")));
        if (!j) {
            return cli.usageError(
                Tr::tr("--jurisdiction must be US, UK or DE, not “%1”").arg(p.value(QStringLiteral("jurisdiction"))));
        }
        d.context.practice.jurisdiction = *j;
    }
    if (p.isSet(QStringLiteral("lang"))) {
        const QString lang = p.value(QStringLiteral("lang")).toLower();
        if (!isCheckLanguage(lang)) {
            return cli.usageError(Tr::tr("--lang must be en, de or es, not “%1”").arg(p.value(QStringLiteral("lang"))));
        }
        d.context.language = lang;
    }
    if (p.isSet(QStringLiteral("kind"))) {
        const auto k = postKindFromId(p.value(QStringLiteral("kind")));
        if (!k) {
            return cli.usageError(Tr::tr("--kind must be post, review_reply or comment_reply, not “%1”")
                                      .arg(p.value(QStringLiteral("kind"))));
        }
        d.kind = *k;
    }
    if (p.isSet(QStringLiteral("platforms"))) {
        QString bad;
        const auto platforms = parsePlatforms(p.value(QStringLiteral("platforms")), &bad);
        if (!platforms) {
            return cli.usageError(Tr::tr("unknown network “%1” in --platforms").arg(bad));
        }
        d.platforms = *platforms;
    }

    Result<ComplianceEngine> engine = ComplianceEngine::create();
    if (!engine) {
        printError(engine.message());
        return ExitFailure;
    }

    if (p.isSet(QStringLiteral("batch"))) {
        if (!p.positionalArguments().isEmpty()) {
            return cli.usageError(Tr::tr("give either --batch FILE or a text file, not both"));
        }
        const QString path = p.value(QStringLiteral("batch"));
        QFile file(path);
        const bool opened =
            path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            return cli.usageError(Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        // Validate every line before printing anything, so bad input never leaves half an answer.
        struct Job
        {
            QString id;
            ComplianceDraft draft;
            ComplianceContext context;
        };
        QList<Job> jobs;
        int lineNo = 0;
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine();
            ++lineNo;
            if (raw.trimmed().isEmpty()) {
                continue;
            }
            const QString where = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(path)).arg(lineNo);
            if (!decodeUtf8(raw)) {
                return cli.usageError(Tr::tr("%1: the line is not valid UTF-8").arg(where));
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                return cli.usageError(Tr::tr("%1: not a JSON object (%2)")
                                          .arg(where, doc.isNull() ? error.errorString() : Tr::tr("wrong type")));
            }
            const QJsonObject o = doc.object();
            Job job;
            // Without an id, the line number names the draft in the output.
            const QJsonValue id = o.value(QStringLiteral("id"));
            job.id = id.isString()   ? id.toString()
                     : id.isDouble() ? QString::number(id.toInteger())
                                     : QString::number(lineNo);
            if (!o.value(QStringLiteral("text")).isString()) {
                return cli.usageError(Tr::tr("%1: \"text\" must be a string").arg(where));
            }
            job.draft.text = o.value(QStringLiteral("text")).toString();
            job.draft.kind = d.kind;
            job.draft.platforms = d.platforms;
            job.context = d.context;
            if (o.contains(QStringLiteral("kind"))) {
                const auto k = postKindFromId(o.value(QStringLiteral("kind")).toString());
                if (!k) {
                    return cli.usageError(Tr::tr("%1: unknown \"kind\"").arg(where));
                }
                job.draft.kind = *k;
            }
            if (o.contains(QStringLiteral("platforms"))) {
                job.draft.platforms.clear();
                for (const QJsonValue& v : o.value(QStringLiteral("platforms")).toArray()) {
                    const auto pl = platformFromId(v.toString());
                    if (!pl) {
                        return cli.usageError(Tr::tr("%1: unknown network “%2”").arg(where, v.toString()));
                    }
                    job.draft.platforms.append(*pl);
                }
            }
            if (o.contains(QStringLiteral("jurisdiction"))) {
                const auto j = jurisdictionFromId(o.value(QStringLiteral("jurisdiction")).toString());
                if (!j) {
                    return cli.usageError(Tr::tr("%1: \"jurisdiction\" must be US, UK or DE").arg(where));
                }
                job.context.practice.jurisdiction = *j;
            }
            if (o.contains(QStringLiteral("lang"))) {
                const QString lang = o.value(QStringLiteral("lang")).toString().toLower();
                if (!isCheckLanguage(lang)) {
                    return cli.usageError(Tr::tr("%1: \"lang\" must be en, de or es").arg(where));
                }
                job.context.language = lang;
            }
            // A consent on file for the story itself (an extension; media carry their own).
            const bool textConsent = o.value(QStringLiteral("consent")).toBool(false);
            qint64 nextConsent = 1;
            auto blanketConsent = [&](ConsentScopes scopes) {
                Consent c;
                c.id = nextConsent++;
                c.scopes = scopes;
                c.signedOn = QDate(1900, 1, 1);
                job.draft.consents.append(c);
                return c.id;
            };
            if (textConsent) {
                blanketConsent(ConsentScope::Testimonial | ConsentScope::Story | ConsentScope::Photo
                               | ConsentScope::Video);
            }
            for (const QJsonValue& v : o.value(QStringLiteral("media")).toArray()) {
                const QJsonObject m = v.toObject();
                DraftMedia media;
                if (m.value(QStringLiteral("alt")).isString()) {
                    media.altText = m.value(QStringLiteral("alt")).toString();
                }
                media.showsPatient = m.value(QStringLiteral("shows_face")).toBool(false);
                if (m.value(QStringLiteral("consent")).toBool(false)) {
                    media.consentId = blanketConsent(ConsentScope::Photo | ConsentScope::Video);
                }
                job.draft.media.append(media);
            }
            jobs.append(job);
        }
        int exit = ExitOk;
        for (const Job& job : std::as_const(jobs)) {
            const Findings findings = engine->check(job.draft, job.context);
            if (hasBlocker(findings)) {
                exit = ExitFailure;
            }
            if (json) {
                QJsonArray list;
                for (const Finding& f : findings) {
                    list.append(findingJson(f, job.draft.text));
                }
                QJsonObject out;
                out.insert(QStringLiteral("id"), job.id);
                out.insert(QStringLiteral("findings"), list);
                printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
            } else {
                printHuman(job.id, job.draft.text, findings);
            }
        }
        return exit;
    }

    // One text from a file or standard input.
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1) {
        return cli.usageError(Tr::tr("give one file at most"));
    }
    const QString path = positional.isEmpty() ? QStringLiteral("-") : positional.first();
    QFile file(path);
    const bool opened =
        path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return cli.usageError(Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const auto text = decodeUtf8(file.readAll());
    if (!text) {
        return cli.usageError(
            Tr::tr("%1 is not valid UTF-8 text")
                .arg(path == QLatin1String("-") ? Tr::tr("standard input") : QDir::toNativeSeparators(path)));
    }
    ComplianceDraft draft;
    draft.text = *text;
    if (draft.text.endsWith(QLatin1Char('\n'))) {
        draft.text.chop(1);
    }
    draft.kind = d.kind;
    draft.platforms = d.platforms;
    const Findings findings = engine->check(draft, d.context);
    if (json) {
        QJsonArray list;
        for (const Finding& f : findings) {
            list.append(findingJson(f, draft.text));
        }
        QJsonObject out;
        out.insert(QStringLiteral("findings"), list);
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    } else {
        printHuman(QString(), draft.text, findings);
    }
    return hasBlocker(findings) ? ExitFailure : ExitOk;
}

} // namespace clearpost::app
