/// Fixed texts for the new-family form, its editing keys and the discard dialog.
public enum NewFamilyText: Hashable, Sendable, CaseIterable {
    case hintNext, hintSave, hintCancel
    case helpNextField, helpPreviousField, helpSubmit, helpCancelForm
    case helpLineStartEnd, helpWordMove, helpKill, helpDeleteWord
    case newFamilyTitle
    case newFamilyIntro
    case fieldFamilyName, fieldFamilyNamePlaceholder
    case fieldMembers, fieldMembersPlaceholder
    case errorNameRequired
    case discardTitle, discardMessage, discardKeep, discardConfirm

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .hintNext: return ("volgend veld", "next field")
        case .hintSave: return ("opslaan", "save")
        case .hintCancel: return ("annuleren", "cancel")
        case .helpNextField: return ("Volgend veld", "Next field")
        case .helpPreviousField: return ("Vorig veld", "Previous field")
        case .helpSubmit: return ("Volgend veld; op het laatste veld: opslaan", "Next field; on the last field: save")
        case .helpCancelForm: return ("Terug zonder op te slaan", "Back without saving")
        case .helpLineStartEnd: return ("Naar begin / einde van de regel", "To start / end of the line")
        case .helpWordMove: return ("Een woord terug / vooruit", "One word back / forward")
        case .helpKill: return ("Wis tot einde / tot begin van de regel", "Delete to end / to start of the line")
        case .helpDeleteWord: return ("Wis het woord voor de cursor", "Delete the word before the cursor")
        case .newFamilyTitle: return ("Nieuw gezin", "New family")
        case .newFamilyIntro:
            return (
                "Een naam die u kiest; een schuilnaam mag ook. Gezinsleden kunt u ook later toevoegen.",
                "A name you choose; a pseudonym is fine. Family members can also be added later."
            )
        case .fieldFamilyName: return ("Naam of schuilnaam", "Name or pseudonym")
        case .fieldFamilyNamePlaceholder: return ("bijv. Gezin De Vries", "e.g. the Jansen family")
        case .fieldMembers: return ("Gezinsleden", "Family members")
        case .fieldMembersPlaceholder: return ("bijv. Sandra, Milan (3)", "e.g. Sandra, Milan (3)")
        case .errorNameRequired: return ("Vul een naam of schuilnaam in.", "Please enter a name or pseudonym.")
        case .discardTitle: return ("Invoer weggooien?", "Discard entry?")
        case .discardMessage:
            return (
                "Wat u in het formulier typte is nog niet opgeslagen.",
                "What you typed in the form has not been saved."
            )
        case .discardKeep: return ("Terug naar formulier", "Back to form")
        case .discardConfirm: return ("Weggooien", "Discard")
        }
    }
}
