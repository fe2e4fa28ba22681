#include "DemoBuilder.h"

#include "domain/Account.h"
#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/ContentPlan.h"
#include "domain/Media.h"
#include "domain/MetricSample.h"
#include "domain/Post.h"
#include "domain/Practice.h"
#include "domain/Template.h"
#include "storage/AccountRepository.h"
#include "storage/AuditRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/MediaRepository.h"
#include "storage/MetricRepository.h"
#include "storage/PlanRepository.h"
#include "storage/PostRepository.h"
#include "storage/PracticeRepository.h"
#include "storage/TemplateRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace clearpost {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)
};

const QByteArray kZone = "America/Chicago";
const QString kManager = QStringLiteral("Dana Whitfield");
const QString kApprover = QStringLiteral("Dr. Anika Patel");

Practice demoPractice()
{
    Practice p;
    p.name = QStringLiteral("Lakeshore Family Dental");
    p.specialty = Specialty::Dental;
    p.jurisdiction = Jurisdiction::US;
    p.timeZone = kZone;
    p.language = QStringLiteral("en");
    p.address = QStringLiteral("2140 N Clark St, Chicago, IL 60614");
    p.phone = QStringLiteral("(312) 555-0148");
    p.email = QStringLiteral("hello@lakeshorefamilydental.com");
    p.website = QStringLiteral("https://lakeshorefamilydental.com");
    p.disclaimer = defaultDisclaimer(p.language);
    p.staff = {
        {QStringLiteral("Dr. Anika Patel"), QStringLiteral("Dentist, owner"), true},
        {QStringLiteral("Dr. Marcus Bell"), QStringLiteral("Dentist"), true},
        {QStringLiteral("Dr. Sofia Reyes"), QStringLiteral("Pediatric dentist"), false},
        {QStringLiteral("Jenna Kowalski"), QStringLiteral("Dental hygienist"), false},
        {QStringLiteral("Luis Ortega"), QStringLiteral("Dental hygienist"), false},
        {QStringLiteral("Dana Whitfield"), QStringLiteral("Practice manager"), false},
    };
    p.customTerms = {QStringLiteral("free whitening")};
    return p;
}

enum class Pillar { Education, Team, Community, Promotion };

struct Sample
{
    Pillar pillar;
    PostKind kind;
    const char* title;
    const char* text;
    bool problem; // has something a reviewer must look at
};

// Texts a practice manager would really write, including the mistakes real drafts contain.
const Sample kSamples[] = {
    {Pillar::Education,
     PostKind::Post,
     "Flossing how-to",
     "Flossing once a day removes plaque where your toothbrush can't reach. Not sure you're doing it right? Ask your "
     "hygienist at your next visit and we'll gladly show you.",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Toothbrush replacement",
     "Did you know? A toothbrush should be replaced every three to four months, or sooner if the bristles are frayed. "
     "When did you last change yours? 🪥",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Sugary drinks and kids",
     "Sugary drinks are one of the biggest causes of cavities in children. Water is always a great choice between "
     "meals. #ChildrensDentalHealth",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Dry mouth",
     "Dry mouth can raise the risk of cavities. Staying hydrated helps, and if it keeps bothering you, mention it at "
     "your next checkup.",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Mouthguards",
     "Sports season is here! A custom-fitted mouthguard protects teeth far better than a store-bought one. Ask us "
     "about fittings at your next visit. ⚽",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Night grinding",
     "Morning jaw soreness or headaches can be signs of grinding at night. Let's talk about it at your next visit.",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Gum health",
     "Gum disease often causes no pain in its early stages. Bleeding when you brush is worth mentioning to us. "
     "#GumHealth",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Sensitive teeth",
     "Sensitive teeth in the cold? A toothpaste made for sensitive teeth can help. Ask us which one suits you. ❄️",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Oral health basics",
     "Brush twice a day for two minutes, clean between your teeth daily, and see us twice a year. Small habits, big "
     "difference. #OralHealth",
     false},
    {Pillar::Education,
     PostKind::Post,
     "Halloween candy",
     "Halloween tip: chocolate rinses off teeth more easily than sticky or sour candy. Have fun tonight! 🎃",
     false},
    {Pillar::Team,
     PostKind::Post,
     "Meet Jenna",
     "Meet Jenna Kowalski, one of our hygienists! When she isn't helping our community keep healthy smiles, she's "
     "training for the Chicago Marathon. 🏃‍♀️",
     false},
    {Pillar::Team,
     PostKind::Post,
     "Hygienist week",
     "Happy Dental Hygienist Week to Jenna and Luis! Thank you for everything you do for our team. 💙",
     false},
    {Pillar::Team,
     PostKind::Post,
     "Welcome Dr. Reyes",
     "Welcome to the team, Dr. Sofia Reyes! Dr. Reyes joins us after five years in pediatric dentistry and loves "
     "helping little ones feel at ease.",
     false},
    {Pillar::Team,
     PostKind::Post,
     "Behind the scenes",
     "Behind the scenes: every instrument is cleaned, sterilised and sealed before your appointment. Safety first, "
     "always.",
     false},
    {Pillar::Community,
     PostKind::Post,
     "Food drive",
     "Our team spent Saturday at the Lakeview food drive. Thank you to everyone who donated! 🥫",
     false},
    {Pillar::Community,
     PostKind::Post,
     "Little League",
     "We're proud to support the Lincoln Park Little League again this season. Go Sharks! ⚾",
     false},
    {Pillar::Community,
     PostKind::Post,
     "Holiday hours",
     "Our office will be closed on Thursday for the holiday. Wishing everyone a warm and happy break!",
     false},
    {Pillar::Community,
     PostKind::ReviewReply,
     "Review reply",
     "Thank you for the kind words! We're always happy to hear from our community.",
     false},
    {Pillar::Promotion,
     PostKind::Post,
     "New patients",
     "New patients welcome! Call us at (312) 555-0148 or book online at lakeshorefamilydental.com.",
     false},
    {Pillar::Promotion,
     PostKind::Post,
     "Evening hours",
     "Now open until 7 pm on Tuesdays and Thursdays, so checkups fit around work and school.",
     false},
    // Drafts with problems a careful reviewer (and the checker) should catch.
    {Pillar::Community,
     PostKind::Post,
     "Implant story",
     "Huge congratulations to our patient Mr. Gomez, who finally got his implant after years of avoiding the "
     "dentist! 🎉",
     true},
    {Pillar::Promotion,
     PostKind::Post,
     "Whitening offer",
     "Our whitening treatment is completely painless and the results are guaranteed! Book before Friday.",
     true},
    {Pillar::Education,
     PostKind::Post,
     "Toothache advice",
     "Toothache keeping you up? Take 600mg ibuprofen every 6 hours and rinse with warm salt water until you can see "
     "us.",
     true},
    {Pillar::Community,
     PostKind::ReviewReply,
     "Reply to Maria",
     "Thanks Maria, so glad your crown feels better after Tuesday's visit!",
     true},
    {Pillar::Promotion,
     PostKind::Post,
     "Toothbrush code",
     "We love the new SonicPro toothbrush! Use code SMILE20 for 20% off. #dental #smile #health #teeth #ad",
     true},
    {Pillar::Promotion,
     PostKind::Post,
     "Best in Chicago",
     "Voted the best dentist in Chicago! Our aligner results are permanent.",
     true},
    {Pillar::Community,
     PostKind::Post,
     "Smile makeover",
     "Before and after: Linda's smile makeover in just three visits! #beforeandafter",
     true},
};

struct DemoAccount
{
    Platform platform;
    const char* handle;
    const char* display;
    AccountStatus status;
};

const DemoAccount kAccounts[] = {
    {Platform::Facebook, "lakeshorefamilydental", "Lakeshore Family Dental", AccountStatus::Connected},
    {Platform::Instagram, "lakeshoredental", "Lakeshore Family Dental", AccountStatus::NeedsAttention},
    {Platform::Bluesky, "lakeshoredental.bsky.social", "Lakeshore Family Dental", AccountStatus::Connected},
    {Platform::GoogleBusiness,
     "Lakeshore Family Dental",
     "Lakeshore Family Dental — Lincoln Park",
     AccountStatus::NotConnected},
};

QList<Template> demoTemplates()
{
    auto t = [](const char* title, const char* category, const char* body) {
        Template tpl;
        tpl.title = QString::fromUtf8(title);
        tpl.category = QString::fromUtf8(category);
        tpl.language = QStringLiteral("en");
        tpl.body = QString::fromUtf8(body);
        return tpl;
    };
    return {
        t("World Oral Health Day",
          "Awareness day",
          "Today is World Oral Health Day! 🦷 Brush twice a day, clean between your teeth and see your dentist "
          "regularly. Questions? {practice} is here to help: {phone}."),
        t("Children's Dental Health Month",
          "Awareness day",
          "February is Children's Dental Health Month. Little teeth need big care: brush together with your kids "
          "twice a day. Book a family checkup at {website}."),
        t("Team introduction",
          "Team",
          "Meet our team! {practice} welcomes [name], our new [role]. Stop by and say hello at your next visit."),
        t("Holiday hours",
          "Announcement",
          "{practice} will be closed on [date] for the holiday. For urgent dental problems, call {phone} and follow "
          "the instructions on the message."),
        t("Safe review reply",
          "Review reply",
          "Thank you for the kind words! We're always happy to hear from our community."),
        t("Review reply: concerns",
          "Review reply",
          "Thank you for your feedback. We take every comment seriously; please call us at {phone} so we can talk. "
          "For privacy reasons we can't discuss details here."),
        t("Dental tip with disclaimer", "Education", "Tip of the week: [tip]\n\n{disclaimer}"),
        t("New patients welcome",
          "Promotion",
          "New patients welcome at {practice}! Book online at {website} or call {phone}."),
        t("Community event",
          "Community",
          "Join {practice} at [event] on [date]! We'll be giving out toothbrushes and answering your questions."),
    };
}

// A small, real sample picture (a calm gradient); written without a GUI.
Result<Media> writeSampleImage(const QString& folder, const QString& name, int hue, const QString& alt, bool patient)
{
    QImage image(480, 320, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int light = 200 - (y * 80) / image.height() + ((x / 40 + y / 40) % 2) * 6;
            image.setPixelColor(x, y, QColor::fromHsl(hue, 90, light));
        }
    }
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (!image.save(path, "PNG")) {
        return Error(Tr::tr("Could not write the sample image %1.").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Tr::tr("Could not read back the sample image %1.").arg(QDir::toNativeSeparators(path)),
                     Error::Code::Io);
    }
    Media m;
    m.filePath = path;
    m.sha256 = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    m.mimeType = QStringLiteral("image/png");
    m.altText = alt;
    m.showsPatient = patient;
    return m;
}

class Builder
{
public:
    Builder(Database& db, const DemoOptions& options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_zone(kZone)
        , m_anchor(options.anchor.isValid() ? options.anchor : QDate::currentDate())
    { }

    Status run();

private:
    QDateTime at(const QDate& day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute), m_zone).toUTC();
    }
    Status
    audit(const QDateTime& when, const QString& actor, const QString& action, qint64 postId, const QString& detail);
    Status buildPosts(const QList<qint64>& campaignIds, const QList<qint64>& consentIds, const QList<qint64>& mediaIds);
    Status buildAccountMetrics();

    Database& m_db;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    QTimeZone m_zone;
    QDate m_anchor;
    QDate m_first;
    QDate m_last;
    QList<Account> m_accounts;
    QList<MetricSample> m_metrics;
};

Status
Builder::audit(const QDateTime& when, const QString& actor, const QString& action, qint64 postId, const QString& detail)
{
    AuditEvent e;
    e.at = when;
    e.actor = actor;
    e.action = action;
    e.entityType = QStringLiteral("post");
    e.entityId = postId;
    e.detail = detail;
    return AuditRepository(m_db).append(e).status();
}

Status Builder::run()
{
    if (m_options.months < 1 || m_options.months > 36) {
        return Error(Tr::tr("The demo covers 1 to 36 months."), Error::Code::InvalidInput);
    }
    const int past = std::max(1, (m_options.months * 2 + 1) / 3);
    m_first = QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(-(past - 1));
    m_last = m_first.addMonths(m_options.months).addDays(-1);

    Transaction tx(m_db);
    if (Status s = PracticeRepository(m_db).save(demoPractice()); !s) {
        return s;
    }

    const QDateTime setupTime = at(m_first.addDays(-30), 9, 0);
    AccountRepository accounts(m_db);
    for (const DemoAccount& d : kAccounts) {
        Account a;
        a.platform = d.platform;
        a.handle = QString::fromUtf8(d.handle);
        a.displayName = QString::fromUtf8(d.display);
        a.serverUrl = platformDefaultServer(d.platform);
        a.externalId = QStringLiteral("demo-%1").arg(platformId(d.platform));
        a.keychainKey = QStringLiteral("clearpost/demo/%1").arg(platformId(d.platform));
        a.status = d.status;
        a.createdAt = setupTime;
        if (d.status != AccountStatus::NotConnected) {
            a.connectedAt = setupTime;
            a.rotatedAt = setupTime;
            a.verifiedAt = at(m_anchor.addDays(-2), 8, 15);
        }
        if (d.platform == Platform::Instagram) {
            a.tokenExpiresAt = at(m_anchor.addDays(5), 0, 0);
        }
        Result<qint64> id = accounts.insert(a);
        if (!id) {
            return id.status();
        }
        a.id = *id;
        m_accounts.append(a);
    }

    TemplateRepository templates(m_db);
    for (Template t : demoTemplates()) {
        t.createdAt = setupTime;
        t.updatedAt = setupTime;
        if (Result<qint64> id = templates.insert(t); !id) {
            return id.status();
        }
    }

    PlanRepository plans(m_db);
    ContentPlan plan;
    plan.name = Tr::tr("Practice plan %1–%2")
                    .arg(m_first.toString(QStringLiteral("MMM yyyy")), m_last.toString(QStringLiteral("MMM yyyy")));
    plan.goals =
        Tr::tr("Grow local awareness, keep existing patients informed between visits, and fill the new evening "
               "hours.");
    plan.startDate = m_first;
    plan.endDate = m_last;
    plan.cadence = {
        {Platform::Facebook, 3}, {Platform::Instagram, 3}, {Platform::Bluesky, 2}, {Platform::GoogleBusiness, 1}};
    plan.pillars = {{Tr::tr("Education"), 40},
                    {Tr::tr("Team & culture"), 25},
                    {Tr::tr("Community"), 20},
                    {Tr::tr("Promotions"), 15}};
    Result<qint64> planId = plans.insertPlan(plan);
    if (!planId) {
        return planId.status();
    }
    QList<qint64> campaignIds;
    const struct
    {
        const char* name;
        const char* pillar;
        int monthOffset;
    } campaigns[] = {
        {"Healthy habits", "Education", 0},
        {"Meet the team", "Team & culture", 1},
        {"Evening hours launch", "Promotions", std::max(0, past - 1)},
    };
    for (const auto& c : campaigns) {
        Campaign campaign;
        campaign.planId = *planId;
        campaign.name = Tr::tr(c.name);
        campaign.pillar = Tr::tr(c.pillar);
        campaign.startDate = m_first.addMonths(c.monthOffset);
        campaign.endDate = campaign.startDate.addMonths(1).addDays(-1);
        Result<qint64> id = plans.insertCampaign(campaign);
        if (!id) {
            return id.status();
        }
        campaignIds.append(*id);
    }

    ConsentRepository consents(m_db);
    QList<qint64> consentIds;
    const auto allSocial = QList<Platform>{Platform::Facebook, Platform::Instagram};
    const struct
    {
        const char* name;
        const char* ref;
        ConsentScopes scopes;
        int signedDaysAgo;
        int validDays;      // 0 = no expiry
        int revokedDaysAgo; // -1 = not revoked
    } consentRows[] = {
        {"Mr. Gomez", "Form 2024-118", ConsentScope::Testimonial | ConsentScope::Photo, 35, 365, -1},
        {"Linda Park", "Form 2023-311", ConsentScope::Photo, 500, 365, -1},
        {"Tom Reilly", "Form 2024-052", ConsentScope::Testimonial | ConsentScope::Story, 200, 0, 20},
        {"Aisha Khan", "Form 2024-140", ConsentScope::Story | ConsentScope::Video, 60, 730, -1},
    };
    for (const auto& row : consentRows) {
        Consent c;
        c.subjectName = QString::fromUtf8(row.name);
        c.recordRef = QString::fromUtf8(row.ref);
        c.scopes = row.scopes;
        c.platforms = allSocial;
        c.signedOn = m_anchor.addDays(-row.signedDaysAgo);
        if (row.validDays > 0) {
            c.expiresOn = c.signedOn.addDays(row.validDays);
        }
        if (row.revokedDaysAgo >= 0) {
            c.revokedOn = m_anchor.addDays(-row.revokedDaysAgo);
        }
        Result<qint64> id = consents.insert(c);
        if (!id) {
            return id.status();
        }
        consentIds.append(*id);
    }

    QList<qint64> mediaIds;
    if (!m_options.mediaFolder.isEmpty()) {
        MediaRepository media(m_db);
        const struct
        {
            const char* file;
            int hue;
            const char* alt; // empty on purpose for one image: a real gap the checker reports
            bool patient;
        } images[] = {
            {"team-photo.png", 200, "The Lakeshore Family Dental team in front of the reception desk", false},
            {"clinic-room.png", 170, "A bright treatment room with a dental chair by the window", false},
            {"food-drive.png", 30, "", false},
            {"implant-story.png", 120, "Mr. Gomez smiling in the waiting room", true},
        };
        for (const auto& img : images) {
            Result<Media> m = writeSampleImage(
                m_options.mediaFolder, QString::fromLatin1(img.file), img.hue, QString::fromUtf8(img.alt), img.patient);
            if (!m) {
                return m.status();
            }
            m->createdAt = setupTime;
            if (img.patient) {
                m->consentId = consentIds.first();
            }
            Result<qint64> id = media.insert(*m);
            if (!id) {
                return id.status();
            }
            mediaIds.append(*id);
        }
    }

    if (Status s = buildPosts(campaignIds, consentIds, mediaIds); !s) {
        return s;
    }
    if (Status s = buildAccountMetrics(); !s) {
        return s;
    }
    if (Status s = MetricRepository(m_db).upsert(m_metrics); !s) {
        return s;
    }
    return tx.commit();
}

Status
Builder::buildPosts(const QList<qint64>& campaignIds, const QList<qint64>& consentIds, const QList<qint64>& mediaIds)
{
    PostRepository posts(m_db);
    QList<const Sample*> clean;
    QList<const Sample*> problems;
    for (const Sample& s : kSamples) {
        (s.problem ? problems : clean).append(&s);
    }
    const int slots[][2] = {{9, 30}, {12, 15}, {17, 45}};
    const QDate today = m_anchor;
    int problemIndex = 0;
    int sequence = 0;
    bool madePublishing = false;
    bool madeApproved = false;

    for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
        const int weekday = day.dayOfWeek();
        // Mondays, Wednesdays, Thursdays and Fridays, with a few gaps like a real calendar.
        if (weekday == 2 || weekday >= 6 || m_rng.bounded(100) < 12) {
            continue;
        }
        const bool future = day > today || (day == today && sequence % 2 == 0);
        const Sample* sample = nullptr;
        if (future && problemIndex < int(problems.size()) && m_rng.bounded(100) < 40) {
            sample = problems.at(problemIndex++);
        } else {
            sample = clean.at(int(m_rng.bounded(quint32(clean.size()))));
        }
        const int* slot = slots[m_rng.bounded(3)];
        Post post;
        post.title = QString::fromUtf8(sample->title);
        post.body = QString::fromUtf8(sample->text);
        post.kind = sample->kind;
        post.author = kManager;
        post.scheduledAt = at(day, slot[0], slot[1]);
        post.createdAt = at(day.addDays(-int(m_rng.bounded(3, 12))), 8, 40 + int(m_rng.bounded(15)));
        if (!campaignIds.isEmpty() && m_rng.bounded(100) < 35) {
            post.campaignId = campaignIds.at(int(m_rng.bounded(quint32(campaignIds.size()))));
        }

        // Networks: review replies go to Google; other posts to two or three accounts.
        QList<const Account*> targets;
        if (post.kind == PostKind::ReviewReply) {
            targets.append(&m_accounts.at(3));
        } else {
            for (int i = 0; i < 3; ++i) {
                if (i < 2 || m_rng.bounded(100) < 50) {
                    targets.append(&m_accounts.at((sequence + i) % 3));
                }
            }
        }

        // State: the past is published (a few failures and archived ones), the
        // future moves through review; one post is being published right now.
        QList<PostState> path{PostState::Draft};
        if (!future) {
            const int roll = int(m_rng.bounded(100));
            path << PostState::InReview << PostState::Approved << PostState::Scheduled << PostState::Publishing;
            if (!madePublishing && day >= today.addDays(-6)) {
                madePublishing = true;
            } else if (roll < 6) {
                path << PostState::Failed;
            } else {
                path << PostState::Published;
                if (roll > 96) {
                    path << PostState::Archived;
                }
            }
        } else {
            const int daysAhead = int(today.daysTo(day));
            if (sample->problem) {
                path << PostState::InReview;
                if (m_rng.bounded(100) < 40) {
                    path.removeLast(); // still a draft
                }
            } else if (daysAhead <= 21) {
                path << PostState::InReview << PostState::Approved << PostState::Scheduled;
                if (!madeApproved || m_rng.bounded(100) < 15) {
                    path.removeLast(); // approved, waiting for a time slot
                    madeApproved = true;
                }
            } else {
                path << PostState::InReview;
                if (m_rng.bounded(100) < 50) {
                    path.removeLast();
                }
            }
            if (path.constLast() == PostState::Draft && m_rng.bounded(100) < 50) {
                post.scheduledAt = {}; // drafts often have no date yet
            }
        }
        post.state = path.constLast();
        if (path.contains(PostState::Approved)) {
            post.approvedBy = kApprover;
        }
        if (qstrcmp(sample->title, "Implant story") == 0) {
            // The implant story: consent on file and the patient's photo attached.
            post.consentIds = {consentIds.first()};
            if (mediaIds.size() > 3) {
                post.mediaIds = {mediaIds.at(3)};
            }
        } else if (!mediaIds.isEmpty() && sample->pillar == Pillar::Team && m_rng.bounded(100) < 60) {
            post.mediaIds = {mediaIds.at(0)};
        } else if (mediaIds.size() > 2 && sample->pillar == Pillar::Community && m_rng.bounded(100) < 40) {
            post.mediaIds = {mediaIds.at(2)};
        }

        for (const Account* account : targets) {
            PostTarget t;
            t.accountId = account->id;
            if (post.state == PostState::Published || post.state == PostState::Archived) {
                t.state = TargetState::Published;
                t.attempts = 1;
                t.remoteId = QStringLiteral("demo-%1-%2").arg(platformId(account->platform)).arg(sequence);
                t.remoteUrl =
                    QStringLiteral("https://example.invalid/%1/%2").arg(platformId(account->platform), t.remoteId);
                t.publishedAt = post.scheduledAt.addSecs(int(m_rng.bounded(5, 90)));
            } else if (post.state == PostState::Failed) {
                t.state = TargetState::Failed;
                t.attempts = 3;
                t.lastError = Tr::tr("The network did not answer in time.");
            } else if (post.state == PostState::Publishing) {
                t.state = TargetState::Publishing;
                t.attempts = 1;
            }
            // A shorter variant for Bluesky's 300 characters now and then.
            if (account->platform == Platform::Bluesky && post.body.size() > 150 && m_rng.bounded(100) < 50) {
                t.text = post.body.left(post.body.lastIndexOf(QLatin1Char('.'), 150) + 1);
            }
            post.targets.append(t);
        }
        post.updatedAt = post.createdAt;
        Result<qint64> id = posts.insert(post);
        if (!id) {
            return id.status();
        }

        // The audit trail tells the same story as the states.
        QDateTime when = post.createdAt;
        if (Status s = audit(when, kManager, QStringLiteral("post.create"), *id, postStateId(PostState::Draft)); !s) {
            return s;
        }
        for (qsizetype i = 1; i < path.size(); ++i) {
            when = path[i] == PostState::Publishing || path[i] == PostState::Published || path[i] == PostState::Failed
                       ? post.scheduledAt.addSecs(int(i))
                       : when.addSecs(3600 * int(m_rng.bounded(1, 20)));
            const QString actor =
                path[i] == PostState::Approved ? kApprover
                : path[i] == PostState::Publishing || path[i] == PostState::Published || path[i] == PostState::Failed
                    ? QStringLiteral("publisher")
                    : kManager;
            if (Status s = audit(when,
                                 actor,
                                 QStringLiteral("post.transition"),
                                 *id,
                                 postStateId(path[i - 1]) + QStringLiteral(" -> ") + postStateId(path[i]));
                !s) {
                return s;
            }
        }

        // Per-post metrics for what was published.
        if (post.state == PostState::Published || post.state == PostState::Archived) {
            Result<Post> stored = posts.get(*id);
            if (!stored) {
                return stored.status();
            }
            for (const PostTarget& t : stored->targets) {
                const double reach = 120 + m_rng.bounded(900) + (sample->pillar == Pillar::Team ? 250 : 0);
                const double impressions = reach * (1.2 + m_rng.bounded(80) / 100.0);
                const double likes = std::round(reach * (0.02 + m_rng.bounded(60) / 1000.0));
                const double comments = std::round(likes * m_rng.bounded(25) / 100.0);
                const double shares = std::round(likes * m_rng.bounded(15) / 100.0);
                const double clicks = std::round(reach * m_rng.bounded(30) / 1000.0);
                const QDate measured = std::min(day.addDays(7), today);
                for (const auto& [metric, value] : {std::pair{"impressions", impressions},
                                                    std::pair{"reach", reach},
                                                    std::pair{"likes", likes},
                                                    std::pair{"comments", comments},
                                                    std::pair{"shares", shares},
                                                    std::pair{"clicks", clicks}}) {
                    m_metrics.append({0,
                                      t.accountId,
                                      t.id,
                                      measured,
                                      QString::fromLatin1(metric),
                                      std::round(value),
                                      QStringLiteral("demo")});
                }
            }
        }
        ++sequence;
    }
    return {};
}

Status Builder::buildAccountMetrics()
{
    const QDate end = std::min(m_anchor, m_last);
    for (const Account& a : m_accounts) {
        double followers = 400 + m_rng.bounded(1200);
        const double base = a.platform == Platform::Facebook    ? 900
                            : a.platform == Platform::Instagram ? 700
                            : a.platform == Platform::Bluesky   ? 150
                                                                : 400;
        for (QDate day = m_first; day <= end; day = day.addDays(1)) {
            const int weekday = day.dayOfWeek();
            const double weekly = weekday >= 6 ? 0.6 : (weekday == 2 ? 1.25 : 1.0); // Tuesdays are strong
            const double impressions = std::round(base * weekly * (0.8 + m_rng.bounded(40) / 100.0));
            const double reach = std::round(impressions * (0.55 + m_rng.bounded(20) / 100.0));
            const double engagements = std::round(reach * (0.03 + m_rng.bounded(30) / 1000.0));
            followers += m_rng.bounded(100) < 70 ? double(m_rng.bounded(4)) : -double(m_rng.bounded(2));
            for (const auto& [metric, value] : {std::pair{"followers", followers},
                                                std::pair{"impressions", impressions},
                                                std::pair{"reach", reach},
                                                std::pair{"engagements", engagements}}) {
                m_metrics.append({0, a.id, 0, day, QString::fromLatin1(metric), value, QStringLiteral("demo")});
            }
        }
    }
    return {};
}

} // namespace

Status DemoBuilder::build(Database& db, const DemoOptions& options)
{
    if (PracticeRepository(db).exists()) {
        return Error(Tr::tr("The database already holds a practice; the demo needs a new, empty file."),
                     Error::Code::Conflict);
    }
    return Builder(db, options).run();
}

} // namespace clearpost
