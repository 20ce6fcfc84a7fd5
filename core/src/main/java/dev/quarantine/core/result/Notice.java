package dev.quarantine.core.result;

/**
 * What the notice letter (告知书) of a hotel case says: the case, its bill (an estimate until release), and the office
 * that registered it, whose name signs the letter.
 */
public record Notice(CaseView caseView, Bill bill, Letterhead from) {
}
