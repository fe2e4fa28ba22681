#include "CheckState.h"

#include <QCoreApplication>
#include <QHash>

namespace clearpost {

namespace {

struct Entry
{
    const char* id;
    const char* message;
    const char* explanation;
};

// Findings say what may need review and why; they never say "illegal".
constexpr Entry kTexts[] = {
    {"phi.person",
     QT_TRANSLATE_NOOP("Compliance", "Name of a person"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A name together with anything about care can identify a patient. Names are the "
                       "first of the identifiers that make health information identifiable.")},
    {"phi.person.handle",
     QT_TRANSLATE_NOOP("Compliance", "Social media handle of a person"),
     QT_TRANSLATE_NOOP("Compliance", "Tagging or mentioning someone next to care details shows who the patient is.")},
    {"phi.date",
     QT_TRANSLATE_NOOP("Compliance", "Date tied to a person"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Dates of visits, treatments or birth (anything but the year) can identify a "
                       "patient.")},
    {"phi.age",
     QT_TRANSLATE_NOOP("Compliance", "Age of a person"),
     QT_TRANSLATE_NOOP("Compliance",
                       "An age together with a story or a name helps identify a patient; ages over 89 "
                       "are identifiers on their own.")},
    {"phi.phone",
     QT_TRANSLATE_NOOP("Compliance", "Someone's phone number"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A person's telephone number identifies them. The practice's own number is "
                       "fine.")},
    {"phi.fax",
     QT_TRANSLATE_NOOP("Compliance", "Someone's fax number"),
     QT_TRANSLATE_NOOP("Compliance", "A person's fax number identifies them. The practice's own fax is fine.")},
    {"phi.email",
     QT_TRANSLATE_NOOP("Compliance", "Someone's e-mail address"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A personal e-mail address identifies its owner. The practice's own addresses "
                       "are fine.")},
    {"phi.address",
     QT_TRANSLATE_NOOP("Compliance", "Address or place of a person"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Street addresses, towns and postcodes smaller than a state can identify a "
                       "patient. The practice's own address is fine.")},
    {"phi.id",
     QT_TRANSLATE_NOOP("Compliance", "Identification number"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Social security, insurance, record, account, licence and similar numbers "
                       "identify a person and must never be posted.")},
    {"phi.url",
     QT_TRANSLATE_NOOP("Compliance", "Link to a person's page"),
     QT_TRANSLATE_NOOP("Compliance", "A link to someone's profile or personal page identifies them.")},
    {"phi.ip",
     QT_TRANSLATE_NOOP("Compliance", "IP address"),
     QT_TRANSLATE_NOOP("Compliance", "An IP address can be traced to a person and their device.")},
    {"phi.photo",
     QT_TRANSLATE_NOOP("Compliance", "Photo of a patient without consent"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A recognisable photo of a patient needs their written consent for this use "
                       "and network.")},
    {"patient.relationship",
     QT_TRANSLATE_NOOP("Compliance", "Confirms that someone is a patient"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Saying or implying that a person is treated by the practice discloses health "
                       "information. Practices have paid fines for review replies like this; thank "
                       "the person without mentioning care.")},
    {"consent.missing",
     QT_TRANSLATE_NOOP("Compliance", "Patient story without consent"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Testimonials, patient stories, before/after results and photos of patients "
                       "need a signed, current consent that covers this use and network. Link one from "
                       "the consent registry.")},
    {"advice.disclaimer",
     QT_TRANSLATE_NOOP("Compliance", "Medical advice without a disclaimer"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Doses, what to take or stop and self-treatment read as individual advice. Add "
                       "the practice's disclaimer, and consider whether the advice belongs in a post at "
                       "all; a disclaimer does not fix a misleading claim.")},
    {"advice.disclaimer.discourage",
     QT_TRANSLATE_NOOP("Compliance", "Discourages seeing a clinician"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Telling people they need not see a doctor, or when not to, can discourage "
                       "essential care.")},
    {"claim.misleading",
     QT_TRANSLATE_NOOP("Compliance", "Health claim that may mislead"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Health claims need solid evidence and must not create unjustified "
                       "expectations.")},
    {"claim.misleading.cure",
     QT_TRANSLATE_NOOP("Compliance", "Promises a cure"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Claims that a treatment cures or heals need strong scientific evidence; "
                       "promising a cure may mislead.")},
    {"claim.misleading.guarantee",
     QT_TRANSLATE_NOOP("Compliance", "Guarantees a result"),
     QT_TRANSLATE_NOOP("Compliance",
                       "No treatment can promise a result; guarantees of success are restricted by "
                       "advertising rules and professional codes.")},
    {"claim.misleading.painless",
     QT_TRANSLATE_NOOP("Compliance", "Promises no pain"),
     QT_TRANSLATE_NOOP("Compliance",
                       "'Painless' implies no harmful or unpleasant effects and needs substantiation. "
                       "'Comfortable' or 'gentle' says what you mean without a promise.")},
    {"claim.misleading.superlative",
     QT_TRANSLATE_NOOP("Compliance", "Superiority claim"),
     QT_TRANSLATE_NOOP("Compliance",
                       "'Best', '#1' and similar comparisons need evidence and can create unjustified "
                       "expectations.")},
    {"claim.misleading.riskfree",
     QT_TRANSLATE_NOOP("Compliance", "Says there is no risk"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Every treatment has risks; claiming none (or no side effects, no downtime) "
                       "minimises them.")},
    {"claim.misleading.miracle",
     QT_TRANSLATE_NOOP("Compliance", "Exaggerated claim"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Words like 'miracle', 'magic' or 'breakthrough' exaggerate what a treatment "
                       "can do.")},
    {"claim.misleading.permanent",
     QT_TRANSLATE_NOOP("Compliance", "Promises a permanent result"),
     QT_TRANSLATE_NOOP("Compliance", "Results vary and may not last; promising permanence may mislead.")},
    {"claim.misleading.proven",
     QT_TRANSLATE_NOOP("Compliance", "Claims proof or approval"),
     QT_TRANSLATE_NOOP("Compliance",
                       "'Clinically proven' needs trials in people; devices are usually 'cleared', not "
                       "'approved', by the FDA.")},
    {"claim.misleading.outcome",
     QT_TRANSLATE_NOOP("Compliance", "Promises an outcome"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Success rates, instant or one-session results and replacing medication imply "
                       "typical results that need evidence and may discourage proper care.")},
    {"claim.misleading.condition",
     QT_TRANSLATE_NOOP("Compliance", "Offers to treat a serious condition"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Conditions such as depression, asthma, infertility or cancer need medical supervision. "
                       "Advertising their treatment needs a suitably qualified professional providing it and "
                       "good evidence.")},
    {"claim.misleading.pom",
     QT_TRANSLATE_NOOP("Compliance", "Advertises a prescription-only medicine"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Prescription-only medicines such as botulinum toxin may not be advertised to the "
                       "public here; describe the consultation instead.")},
    {"claim.misleading.beforeafter",
     QT_TRANSLATE_NOOP("Compliance", "Before/after comparison for a cosmetic treatment"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Before-and-after comparisons are not allowed in public advertising for "
                       "cosmetic procedures here.")},
    {"claim.misleading.pressure",
     QT_TRANSLATE_NOOP("Compliance", "Pressure to book a cosmetic treatment"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Time-limited deals and prizes for cosmetic treatments encourage decisions people "
                       "have not thought through.")},
    {"claim.misleading.testimonial",
     QT_TRANSLATE_NOOP("Compliance", "Patient testimonial for a cosmetic treatment"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Statements of patients about cosmetic treatments may not be used in public "
                       "advertising when they could mislead.")},
    {"claim.misleading.custom",
     QT_TRANSLATE_NOOP("Compliance", "One of your practice's own terms"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Your practice asked to check every post for this term (Settings → Your own "
                       "words to check).")},
    {"endorsement.undisclosed",
     QT_TRANSLATE_NOOP("Compliance", "Sponsorship without a clear disclosure"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Gifts, payments, partnerships, affiliate links and discount codes must be "
                       "disclosed clearly at the start, e.g. '#ad' or 'Paid partnership with …'.")},
    {"endorsement.undisclosed.buried",
     QT_TRANSLATE_NOOP("Compliance", "Disclosure hidden at the end"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A disclosure at the end or among hashtags is easy to miss; put it at the "
                       "start.")},
    {"endorsement.undisclosed.weak",
     QT_TRANSLATE_NOOP("Compliance", "Disclosure too vague"),
     QT_TRANSLATE_NOOP("Compliance",
                       "'#spon', '#collab' or '#partner' do not tell readers it is an ad; use '#ad', "
                       "'Ad:' or 'Paid partnership'.")},
    {"endorsement.undisclosed.incentive",
     QT_TRANSLATE_NOOP("Compliance", "A reward for a review"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Google and the other networks remove reviews written for a discount, a gift or a prize, "
                       "and reviews given for a reward must say so. Ask for honest reviews without a reward.")},
    {"endorsement.undisclosed.incentive.positive",
     QT_TRANSLATE_NOOP("Compliance", "A reward for a positive review"),
     QT_TRANSLATE_NOOP("Compliance",
                       "A reward that depends on the review praising the practice (five stars, a positive "
                       "review) buys fake praise. It is prohibited, whatever the disclosure.")},
    {"platform.limit",
     QT_TRANSLATE_NOOP("Compliance", "Too long for the network"),
     QT_TRANSLATE_NOOP("Compliance",
                       "The network refuses or cuts posts over its limit; shorten the text or write a "
                       "variant for this network.")},
    {"accessibility.alt_text",
     QT_TRANSLATE_NOOP("Compliance", "Image without a description"),
     QT_TRANSLATE_NOOP("Compliance", "People using screen readers rely on alt text. Describe what the image shows.")},
    {"accessibility.alt_text.hashtag",
     QT_TRANSLATE_NOOP("Compliance", "Hashtag is hard to read aloud"),
     QT_TRANSLATE_NOOP("Compliance",
                       "Screen readers read #CamelCaseHashtags word by word; all-lowercase hashtags "
                       "are read as one long word.")},
};

} // namespace

RuleText ruleText(const QString& ruleId)
{
    static const QHash<QString, const Entry*> byId = [] {
        QHash<QString, const Entry*> h;
        for (const Entry& e : kTexts) {
            h.insert(QLatin1String(e.id), &e);
        }
        return h;
    }();
    QString id = ruleId;
    while (true) {
        if (const Entry* e = byId.value(id)) {
            return {QCoreApplication::translate("Compliance", e->message),
                    QCoreApplication::translate("Compliance", e->explanation)};
        }
        const qsizetype dot = id.lastIndexOf(QLatin1Char('.'));
        if (dot < 0) {
            return {ruleId, {}};
        }
        id.truncate(dot);
    }
}

} // namespace clearpost
