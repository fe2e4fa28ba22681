// Specific medical advice (doses, what to take or stop, self-treatment, advice
// not to see a clinician) in a post without the practice's disclaimer.

#include "CheckState.h"

#include <QCoreApplication>
#include <QSet>

namespace clearpost {

namespace {

// A number directly followed by a dose unit: "250mg", "5 ml", "17%", "two 500mg".
bool hasDose(const CheckState& st, const TextRange& s)
{
    const QList<Token>& tokens = st.text.tokens();
    for (int t = s.firstToken; t < s.lastToken; ++t) {
        if (tokens[t].kind == Token::Kind::Number && st.isLex(t + 1, Lex::DoseUnit)) {
            // "20% off", "15 % Rabatt": a discount, not a dose.
            static const WordSet discount{QStringLiteral("off"),
                                          QStringLiteral("discount"),
                                          QStringLiteral("descuento"),
                                          QStringLiteral("dto"),
                                          QStringLiteral("rabatt"),
                                          QStringLiteral("nachlass"),
                                          QStringLiteral("sparen")};
            const bool percent =
                tokens[t + 1].norm == QLatin1String("%") || tokens[t + 1].norm == QLatin1String("percent");
            // "10% de descuento", "20 % auf alles": one small word may come between.
            if (percent
                && ((t + 2 <= s.lastToken && discount.contains(tokens[t + 2].norm))
                    || (t + 3 <= s.lastToken && tokens[t + 2].norm.size() <= 3
                        && discount.contains(tokens[t + 3].norm)))) {
                continue;
            }
            return true;
        }
    }
    return false;
}

// An advice verb at the start of a clause: an imperative ("Take …", "…, apply …").
bool hasImperative(const CheckState& st, const TextRange& s)
{
    const QList<Token>& tokens = st.text.tokens();
    for (int t = s.firstToken; t <= s.lastToken; ++t) {
        if (!st.isLex(t, Lex::AdviceVerb)) {
            continue;
        }
        int k = t - 1;
        while (k >= s.firstToken && tokens[k].clause == tokens[t].clause
               && (tokens[k].norm == QLatin1String("and") || tokens[k].norm == QLatin1String("then")
                   || tokens[k].norm == QLatin1String("just") || tokens[k].norm == QLatin1String("also")
                   || tokens[k].norm == QLatin1String("y") || tokens[k].norm == QLatin1String("und")
                   || tokens[k].norm == QLatin1String("bitte") || tokens[k].norm == QLatin1String("please"))) {
            --k;
        }
        if (k < s.firstToken || tokens[k].clause != tokens[t].clause) {
            return true;
        }
    }
    return false;
}

} // namespace

void detectAdvice(CheckState& st)
{
    if (st.anyHit(Lex::Disclaimer)) {
        return;
    }
    const QList<TextRange>& sentences = st.text.sentences();
    const Practice& practice = st.context.practice;
    FindingFix fix;
    fix.kind = FindingFix::Kind::Append;
    fix.text = practice.disclaimer.isEmpty() ? defaultDisclaimer(st.language) : practice.disclaimer;
    fix.label = QCoreApplication::translate("Compliance", "Add the disclaimer");
    for (int i = 0; i < sentences.size(); ++i) {
        const TextRange& s = sentences[i];
        if (st.sentenceIsQuestion(i)) {
            continue;
        }
        if (st.lexIn(Lex::DiscourageCare, s.firstToken, s.lastToken)) {
            st.add(QStringLiteral("advice.disclaimer.discourage"),
                   category::AdviceDisclaimer,
                   Severity::Warning,
                   s.start,
                   s.end,
                   fix);
            continue;
        }
        const bool drug = st.lexIn(Lex::Drug, s.firstToken, s.lastToken);
        const bool dose = hasDose(st, s);
        const bool frequency = st.lexIn(Lex::Frequency, s.firstToken, s.lastToken);
        const bool imperative = hasImperative(st, s);
        const bool modal = st.lexIn(Lex::AdviceModal, s.firstToken, s.lastToken);
        const bool selfTreatment = st.lexIn(Lex::SelfTreatment, s.firstToken, s.lastToken);
        // German puts the verb last: "einfach 20 mg Omeprazol morgens nehmen".
        const bool doseToTake = drug && dose && st.lexIn(Lex::AdviceVerb, s.firstToken, s.lastToken);
        const bool advice = doseToTake || (drug && ((dose && frequency) || frequency || imperative || modal))
                            || (dose && (imperative || modal)) || (selfTreatment && (imperative || frequency || drug));
        if (advice) {
            st.add(QStringLiteral("advice.disclaimer.dose"),
                   category::AdviceDisclaimer,
                   Severity::Warning,
                   s.start,
                   s.end,
                   fix);
        }
    }
}

} // namespace clearpost
