#pragma once

#include "PlatformCounter.h"
#include "domain/Consent.h"
#include "domain/Platform.h"
#include "domain/Post.h"
#include "domain/Practice.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clearpost {

// An attached image or video as the checker sees it: it cannot look at the
// picture, so the user says whether it shows a patient.
struct DraftMedia
{
    std::optional<QString> altText; // nullopt or empty = no alt text
    bool showsPatient = false;
    qint64 consentId = 0; // a consent linked to this file; 0 = none
};

// What is checked: the text, what kind of text it is, where it goes, what is
// attached and which consents are linked.
struct ComplianceDraft
{
    QString text;
    PostKind kind = PostKind::Post;
    QList<Platform> platforms;
    QList<DraftMedia> media;
    QList<Consent> consents; // consents linked to the post or its media
    QDate publishDay;        // consents must be valid on this day; invalid = today
};

// What the checker knows about the practice: which rules apply, its own
// details (never flagged), its staff (never patients), its disclaimer and terms.
struct ComplianceContext
{
    Practice practice;
    PlatformLimits limits;
    // The language of the post when it differs from the practice's ("en", "de", "es"); empty = practice.language.
    QString language;

    QString postLanguage() const { return language.isEmpty() ? practice.language : language; }
};

} // namespace clearpost
