#pragma once

#include "ComplianceDraft.h"
#include "Finding.h"
#include "util/Result.h"

#include <memory>

namespace clearpost {

class RuleBook;

// Checks a draft for privacy and advertising-rule problems: patient identifiers
// (HIPAA Safe Harbor and its UK/German counterparts), confirmed patient
// relationships, missing consent, advice without a disclaimer, misleading
// health claims, undisclosed sponsorship, network limits and missing alt text.
//
// check() is pure and deterministic: no I/O, no clock (the publish day comes
// with the draft), no shared mutable state, so it is safe from any thread and
// fast enough for every keystroke. The rule knowledge is data (RuleBook).
class ComplianceEngine
{
public:
    explicit ComplianceEngine(std::shared_ptr<const RuleBook> book);
    // The engine over the bundled rule packs and gazetteers.
    static Result<ComplianceEngine> create();

    Findings check(const ComplianceDraft& draft, const ComplianceContext& context) const;

    const RuleBook& ruleBook() const { return *m_book; }

private:
    std::shared_ptr<const RuleBook> m_book;
};

} // namespace clearpost
