"""The demo application forms, in English and French, and "Join the Alliance" in Romani.
Written for this project from the public record of the site. The Romani texts
are a first draft that waits for a native speaker's review."""

FIELDS_OF_WORK = [
    ("Education", "Éducation"),
    ("Housing", "Logement"),
    ("Employment", "Emploi"),
    ("Health", "Santé"),
    ("Culture and history", "Culture et histoire"),
    ("Fighting discrimination and anti-Gypsyism", "Lutte contre les discriminations et l'antitsiganisme"),
    ("Youth", "Jeunesse"),
    ("Women's rights", "Droits des femmes"),
]


def lines(pairs, index):
    return "\n".join(pair[index] for pair in pairs)


CONSENT_JOIN = (
    "I agree that the Council of Europe stores and uses the information in this form to handle the "
    "application of my authority to join the Alliance."
)
CONSENT_NGO = (
    "I agree that the Council of Europe stores and uses the information in this form to handle the "
    "proposal of my organisation."
)
CONSENT_HELP = (
    "Only the Alliance Taskforce reads it. It is deleted two years after it was sent, unless your "
    "authority or organisation then works with the Alliance."
)

# (label, field_type, role, required, help_text, choices) for each field.
JOIN_FIELDS = [
    (
        "Name of the authority",
        "singleline",
        "applicant_name",
        True,
        "The official name of the city, municipality, province or region.",
        "",
    ),
    # The kinds of the participant directory and the member states of the Council of
    # Europe: the site provides these choices, in every language.
    ("Kind of authority", "authority_kind", "applicant_kind", True, "", ""),
    ("Country", "country", "country", True, "", ""),
    ("Contact person", "singleline", "contact_name", True, "The person the Taskforce may write to.", ""),
    (
        "Role of the contact person",
        "singleline",
        "contact_role",
        True,
        "For example: mayor, deputy mayor, head of the social affairs department.",
        "",
    ),
    ("E-mail address", "email", "email", True, "We send a confirmation to this address.", ""),
    ("Telephone", "singleline", "phone", False, "With the country code, for example +381 34 306 000.", ""),
    ("Website", "url", "website", False, "The authority's own website.", ""),
    (
        "Message",
        "multiline",
        "",
        False,
        "What your authority already does for Roma inclusion, and what it expects from the Alliance.",
        "",
    ),
    (
        "Letter of accession",
        "pdf",
        "letter",
        True,
        "Signed by the mayor or the head of the regional authority and addressed to the President of the Congress.",
        "",
    ),
    (CONSENT_JOIN, "consent", "", True, CONSENT_HELP, ""),
]
COOPERATE_FIELDS = [
    ("Name of the organisation", "singleline", "applicant_name", True, "", ""),
    ("Country", "country", "country", True, "Where the organisation is registered.", ""),
    ("Fields of work", "checkboxes", "", True, "Tick all that apply.", lines(FIELDS_OF_WORK, 0)),
    ("Contact person", "singleline", "contact_name", True, "", ""),
    ("E-mail address", "email", "email", True, "We send a confirmation to this address.", ""),
    ("Website", "url", "website", False, "", ""),
    (
        "Proposal",
        "multiline",
        "",
        True,
        "Where you work, with whom, and how you would like to work with the Alliance's cities and regions.",
        "",
    ),
    (CONSENT_NGO, "consent", "", True, CONSENT_HELP, ""),
]

JOIN = {
    "title": "Join the Alliance",
    "slug": "join",
    "introduction": (
        "Local and regional authorities of the member states of the Council of Europe can become participants "
        "of the Alliance. Send this form with the letter of accession signed by your mayor or the head of your "
        "regional authority; the Alliance Taskforce will answer you."
    ),
    "thank_you_text": (
        "The Alliance Taskforce has received your application and will write to you. We have sent a "
        "confirmation to the e-mail address you gave."
    ),
    "submit_label": "Send the application",
}
COOPERATE = {
    "title": "Cooperate as an NGO",
    "slug": "cooperate",
    "introduction": (
        "Non-governmental organisations that work with Roma and Travellers can cooperate with the Alliance. "
        "Tell the Taskforce about your organisation and what you propose; it puts organisations in touch "
        "with participating cities and regions."
    ),
    "thank_you_text": (
        "The Alliance Taskforce has received your proposal and will write to you. We have sent a "
        "confirmation to the e-mail address you gave."
    ),
    "submit_label": "Send the proposal",
}

JOIN_FR = {
    JOIN["title"]: "Rejoindre l'Alliance",
    JOIN["slug"]: "adherer",
    JOIN["introduction"]: (
        "Les collectivités locales et régionales des États membres du Conseil de l'Europe peuvent devenir "
        "participantes de l'Alliance. Envoyez ce formulaire avec la lettre d'adhésion signée par votre maire "
        "ou par le président de votre collectivité régionale ; le groupe de travail de l'Alliance vous répondra."
    ),
    JOIN["thank_you_text"]: (
        "Le groupe de travail de l'Alliance a bien reçu votre demande et vous écrira. Nous avons envoyé une "
        "confirmation à l'adresse électronique indiquée."
    ),
    JOIN["submit_label"]: "Envoyer la demande",
    "Name of the authority": "Nom de la collectivité",
    "The official name of the city, municipality, province or region.": (
        "Le nom officiel de la ville, de la commune, du département ou de la région."
    ),
    "Kind of authority": "Type de collectivité",
    "Country": "Pays",
    "Contact person": "Personne de contact",
    "The person the Taskforce may write to.": "La personne à laquelle le groupe de travail peut écrire.",
    "Role of the contact person": "Fonction de la personne de contact",
    "For example: mayor, deputy mayor, head of the social affairs department.": (
        "Par exemple : maire, maire adjoint, directeur du service des affaires sociales."
    ),
    "E-mail address": "Adresse électronique",
    "We send a confirmation to this address.": "Nous envoyons une confirmation à cette adresse.",
    "Telephone": "Téléphone",
    "With the country code, for example +381 34 306 000.": "Avec l'indicatif du pays, par exemple +381 34 306 000.",
    "Website": "Site internet",
    "The authority's own website.": "Le site internet de la collectivité.",
    "Message": "Message",
    "What your authority already does for Roma inclusion, and what it expects from the Alliance.": (
        "Ce que votre collectivité fait déjà pour l'inclusion des Roms, et ce qu'elle attend de l'Alliance."
    ),
    "Letter of accession": "Lettre d'adhésion",
    "Signed by the mayor or the head of the regional authority and addressed to the President of the Congress.": (
        "Signée par le maire ou par le président de la collectivité régionale et adressée au Président du Congrès."
    ),
    CONSENT_JOIN: (
        "J'accepte que le Conseil de l'Europe conserve et utilise les informations de ce formulaire pour "
        "traiter la demande d'adhésion de ma collectivité à l'Alliance."
    ),
    CONSENT_HELP: (
        "Seul le groupe de travail de l'Alliance les lit. Elles sont effacées deux ans après leur envoi, sauf "
        "si votre collectivité ou votre organisation travaille alors avec l'Alliance."
    ),
}
COOPERATE_FR = {
    COOPERATE["title"]: "Coopérer en tant qu'ONG",
    COOPERATE["slug"]: "cooperer",
    COOPERATE["introduction"]: (
        "Les organisations non gouvernementales qui travaillent avec les Roms et les Gens du voyage peuvent "
        "coopérer avec l'Alliance. Présentez votre organisation et ce que vous proposez au groupe de travail ; "
        "il met les organisations en relation avec les villes et les régions participantes."
    ),
    COOPERATE["thank_you_text"]: (
        "Le groupe de travail de l'Alliance a bien reçu votre proposition et vous écrira. Nous avons envoyé une "
        "confirmation à l'adresse électronique indiquée."
    ),
    COOPERATE["submit_label"]: "Envoyer la proposition",
    "Name of the organisation": "Nom de l'organisation",
    "Country": "Pays",
    "Where the organisation is registered.": "Le pays où l'organisation est enregistrée.",
    "Fields of work": "Domaines d'action",
    "Tick all that apply.": "Cochez tout ce qui s'applique.",
    lines(FIELDS_OF_WORK, 0): lines(FIELDS_OF_WORK, 1),
    "Contact person": "Personne de contact",
    "E-mail address": "Adresse électronique",
    "We send a confirmation to this address.": "Nous envoyons une confirmation à cette adresse.",
    "Website": "Site internet",
    "Proposal": "Proposition",
    "Where you work, with whom, and how you would like to work with the Alliance's cities and regions.": (
        "Où vous travaillez, avec qui, et comment vous aimeriez travailler avec les villes et les régions de "
        "l'Alliance."
    ),
    CONSENT_NGO: (
        "J'accepte que le Conseil de l'Europe conserve et utilise les informations de ce formulaire pour "
        "traiter la proposition de mon organisation."
    ),
    CONSENT_HELP: JOIN_FR[CONSENT_HELP],
}

# The Romani words of "Join the Alliance", in the spelling of the site's Romani catalogs
# (the names of countries and kinds of authority come from the catalogs).
JOIN_ROM = {
    JOIN["title"]: "Av ande Aliansa",
    JOIN["slug"]: "join",
    JOIN["introduction"]: (
        "E lokalno thaj regionalno autoritetura e themenqe save si membrura e Europaqe Konsiliosko šaj aven "
        "participantura e Aliansaqe. Bičhal kadi formulara e lilesa e avipnasko andre, so telepisisardas o "
        "šerutno tire forosko vaj tire regionosko; e Aliansaqi butjaqi grupa phenela tuke."
    ),
    JOIN["thank_you_text"]: (
        "E Aliansaqi butjaqi grupa lias tiro mangipe thaj pisinela tuke. Bičhaldam jekh konfirmacia pe e-mail "
        "adresa so dijan."
    ),
    JOIN["submit_label"]: "Bičhal o mangipe",
    "Name of the authority": "Anav e autoritetosko",
    "The official name of the city, municipality, province or region.": (
        "O oficialno anav e forosko, e komunaqo, e provinciaqo vaj e regionosko."
    ),
    "Kind of authority": "Savo autoriteto",
    "Country": "Them",
    "Contact person": "Manuš vaš o kontakto",
    "The person the Taskforce may write to.": "O manuš kaste šaj pisinel e butjaqi grupa.",
    "Role of the contact person": "Buti e manušesko vaš o kontakto",
    "For example: mayor, deputy mayor, head of the social affairs department.": (
        "Sar misal: šerutno e forosko, lesko ažutori, šerutno e departamentosko vaš e socialno butja."
    ),
    "E-mail address": "E-mail adresa",
    "We send a confirmation to this address.": "Bičhavas jekh konfirmacia pe kadi adresa.",
    "Telephone": "Telefono",
    "With the country code, for example +381 34 306 000.": "E themesko kodosa, sar misal +381 34 306 000.",
    "Website": "Veb-sajto",
    "The authority's own website.": "O veb-sajto e autoritetosko.",
    "Message": "Mesažo",
    "What your authority already does for Roma inclusion, and what it expects from the Alliance.": (
        "So kerel akana tiro autoriteto vaš e Rromenqi inkluzia, thaj so adžukerel kotar e Aliansa."
    ),
    "Letter of accession": "Lil e avipnasko andre",
    "Signed by the mayor or the head of the regional authority and addressed to the President of the Congress.": (
        "Telepisime kotar o šerutno e forosko vaj e regionosko thaj bičhaldo e Kongresosko prezidentoske."
    ),
    CONSENT_JOIN: (
        "Me mukav e Europaqe Konsilioske te garavel e informacie kadala formularaqe thaj te kerel buti lenca, "
        "vaš o mangipe mire autoritetosko te avel ande Aliansa."
    ),
    CONSENT_HELP: (
        "Korkoro e Aliansaqi butjaqi grupa drabarel len. Khosavena pe duj berš pala o bičhalipe, te na kerel "
        "buti e Aliansasa tiro autoriteto vaj tiri organizacia atunči."
    ),
}
