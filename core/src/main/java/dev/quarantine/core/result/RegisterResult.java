package dev.quarantine.core.result;

import dev.quarantine.core.Message;

import java.util.List;

/**
 * The outcome of a registration: the case, whether it was a duplicate (same person, same arrival: skipped, the
 * existing case returned), and warnings such as a possible duplicate under another identity number.
 */
public record RegisterResult(CaseView caseView, boolean duplicate, List<Message> warnings) {
}
