package dev.quarantine.core.result;

/** What the notice letter (告知书) of a hotel case says: the case and its bill (an estimate until release). */
public record Notice(CaseView caseView, Bill bill) {
}
