<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account needs a handle or page name.</source>
        <translation>Das Konto braucht einen Benutzernamen oder Seitennamen.</translation>
    </message>
    <message>
        <source>The account has no keychain entry name.</source>
        <translation>Das Konto hat keinen Namen für den Schlüsselbundeintrag.</translation>
    </message>
    <message>
        <source>The server address must be a web address such as https://mastodon.social.</source>
        <translation>Die Serveradresse muss eine Webadresse wie https://mastodon.social sein.</translation>
    </message>
    <message>
        <source>The character limit cannot be negative.</source>
        <translation>Das Zeichenlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>add the account</source>
        <translation>Hinzufügen des Kontos</translation>
    </message>
    <message>
        <source>This account has already been added.</source>
        <translation>Dieses Konto wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>save the account</source>
        <translation>Speichern des Kontos</translation>
    </message>
    <message>
        <source>Another account with this handle already exists.</source>
        <translation>Es gibt bereits ein anderes Konto mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>Entfernen des Kontos</translation>
    </message>
    <message>
        <source>read the account</source>
        <translation>Lesen des Kontos</translation>
    </message>
    <message>
        <source>read the accounts</source>
        <translation>Lesen der Konten</translation>
    </message>
    <message>
        <source>read the account&apos;s history</source>
        <translation>Lesen des Kontoverlaufs</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>An audit event needs an actor and an action.</source>
        <translation>Ein Protokolleintrag braucht eine handelnde Person und eine Aktion.</translation>
    </message>
    <message>
        <source>record the audit event</source>
        <translation>Protokollieren des Ereignisses</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Auffälligkeiten.</translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation>%1: keine Auffälligkeiten.</translation>
    </message>
    <message>
        <source>Checks a text for privacy and advertising-rule problems. Exit code 0: no blocker; 1: at least one blocker; 2: bad input.</source>
        <translation>Prüft einen Text auf mögliche Probleme mit Datenschutz und Werberegeln. Exit-Code 0: kein Blocker; 1: mindestens ein Blocker; 2: ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The text to check; - or nothing reads standard input.</source>
        <translation>Der zu prüfende Text; - oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Target networks, comma-separated: %1.</source>
        <translation>Zielnetzwerke, durch Kommas getrennt: %1.</translation>
    </message>
    <message>
        <source>US, UK or DE (default: the practice&apos;s, else US).</source>
        <translation>US, UK oder DE (Standard: die der Praxis, sonst US).</translation>
    </message>
    <message>
        <source>Language of the text: en, de or es (default: the practice&apos;s).</source>
        <translation>Sprache des Textes: en, de oder es (Standard: die der Praxis).</translation>
    </message>
    <message>
        <source>post, review_reply or comment_reply (default post).</source>
        <translation>post, review_reply oder comment_reply (Standard post).</translation>
    </message>
    <message>
        <source>Check every line of a JSON-lines file.</source>
        <translation>Jede Zeile einer JSON-Lines-Datei prüfen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>--jurisdiction must be US, UK or DE, not “%1”</source>
        <translation>--jurisdiction muss US, UK oder DE sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--lang must be en, de or es, not “%1”</source>
        <translation>--lang muss en, de oder es sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--kind must be post, review_reply or comment_reply, not “%1”</source>
        <translation>--kind muss post, review_reply oder comment_reply sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown network “%1” in --platforms</source>
        <translation>unbekanntes Netzwerk „%1“ in --platforms</translation>
    </message>
    <message>
        <source>give either --batch FILE or a text file, not both</source>
        <translation>geben Sie entweder --batch FILE oder eine Textdatei an, nicht beides</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation>%1: die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: unknown &quot;kind&quot;</source>
        <translation>%1: unbekannter Wert für &quot;kind&quot;</translation>
    </message>
    <message>
        <source>%1: unknown network “%2”</source>
        <translation>%1: unbekanntes Netzwerk „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;jurisdiction&quot; must be US, UK or DE</source>
        <translation>%1: &quot;jurisdiction&quot; muss US, UK oder DE sein</translation>
    </message>
    <message>
        <source>%1: &quot;lang&quot; must be en, de or es</source>
        <translation>%1: &quot;lang&quot; muss en, de oder es sein</translation>
    </message>
    <message>
        <source>give one file at most</source>
        <translation>geben Sie höchstens eine Datei an</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Check a text for privacy and advertising-rule problems</source>
        <translation>Einen Text auf Probleme mit Datenschutz und Werberegeln prüfen</translation>
    </message>
    <message>
        <source>Write a realistic sample practice into a new database</source>
        <translation>Eine realistische Beispielpraxis in eine neue Datenbank schreiben</translation>
    </message>
    <message>
        <source>Render a page of the app to a PNG file, without a window</source>
        <translation>Eine Seite der App ohne Fenster als PNG-Datei ausgeben</translation>
    </message>
    <message>
        <source>Usage: clearpost [--db FILE] [COMMAND] [OPTIONS]

Clearpost plans, checks and publishes a medical practice&apos;s social media. Without a command it starts the desktop app.

Options:
  --db FILE     the practice database (also $%1)
  -h, --help    show this help; COMMAND --help shows a command&apos;s options
  -v, --version show the version

Commands:
</source>
        <translation>Aufruf: clearpost [--db FILE] [COMMAND] [OPTIONS]

Clearpost plant, prüft und veröffentlicht die Social-Media-Beiträge einer medizinischen Praxis. Ohne Befehl startet die Desktop-App.

Optionen:
  --db FILE     die Praxisdatenbank (auch $%1)
  -h, --help    diese Hilfe anzeigen; COMMAND --help zeigt die Optionen eines Befehls
  -v, --version die Version anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>unknown command “%1” (see clearpost --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe clearpost --help)</translation>
    </message>
    <message>
        <source>The practice database (default: $%1).</source>
        <translation>Die Praxisdatenbank (Standard: $%1).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Writes Lakeshore Family Dental, a realistic sample practice, into a new database. The same seed and anchor give the same database.</source>
        <translation>Schreibt Lakeshore Family Dental, eine realistische Beispielpraxis, in eine neue Datenbank. Derselbe Seed und derselbe Stichtag ergeben dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>Months of posts, about two thirds in the past (default 6).</source>
        <translation>Monate mit Beiträgen, etwa zwei Drittel in der Vergangenheit (Standard 6).</translation>
    </message>
    <message>
        <source>The sample&apos;s “today” as YYYY-MM-DD (default: today).</source>
        <translation>Das „Heute“ des Beispiels als YYYY-MM-DD (Standard: heute).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--anchor must be a date like 2026-11-22, not “%1”</source>
        <translation>--anchor muss ein Datum wie 2026-11-22 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file or add --force to replace it</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei oder geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>could not move the demo into place at %1</source>
        <translation>die Demo konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Wrote the demo practice to %1: %2 posts, %3 metric samples.</source>
        <translation>Demo-Praxis nach %1 geschrieben: %2 Beiträge, %3 Messwerte.</translation>
    </message>
    <message>
        <source>%1 already holds a practice; it was opened instead.</source>
        <translation>%1 enthält bereits eine Praxis; sie wurde stattdessen geöffnet.</translation>
    </message>
    <message>
        <source>Practice opened</source>
        <translation>Praxis geöffnet</translation>
    </message>
    <message>
        <source>%1 holds no practice yet; create one.</source>
        <translation>%1 enthält noch keine Praxis; legen Sie eine an.</translation>
    </message>
    <message>
        <source>Starts the Clearpost desktop app.</source>
        <translation>Startet die Clearpost-Desktop-App.</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark oder system (Standard).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, not “%1”</source>
        <translation>--theme muss light, dark oder system sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Renders a page of the app to a PNG file, without a window.</source>
        <translation>Gibt eine Seite der App ohne Fenster als PNG-Datei aus.</translation>
    </message>
    <message>
        <source>The page: %1.</source>
        <translation>Die Seite: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation>Fenstergröße (Standard 1280x800).</translation>
    </message>
    <message>
        <source>light, dark or system (default light).</source>
        <translation>light, dark oder system (Standard light).</translation>
    </message>
    <message>
        <source>--page, --out and --db are required</source>
        <translation>--page, --out und --db sind erforderlich</translation>
    </message>
    <message>
        <source>unknown page “%1”; pages are %2</source>
        <translation>unbekannte Seite „%1“; verfügbare Seiten: %2</translation>
    </message>
    <message>
        <source>--size must look like 1280x800, not “%1”</source>
        <translation>--size muss wie 1280x800 aussehen, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 does not exist (create one with clearpost demo)</source>
        <translation>%1 existiert nicht (legen Sie eine mit clearpost demo an)</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Add the disclaimer</source>
        <translation>Haftungsausschluss hinzufügen</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>The compliance rules could not be loaded.</source>
        <translation>Die Prüfregeln konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Put “%1” at the start</source>
        <translation>„%1“ an den Anfang setzen</translation>
    </message>
    <message>
        <source>Describe the image…</source>
        <translation>Bild beschreiben…</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>A name together with anything about care can identify a patient. Names are the first of the identifiers that make health information identifiable.</source>
        <translation>Ein Name zusammen mit Angaben zur Behandlung kann einen Patienten erkennbar machen. Namen stehen an erster Stelle der Merkmale, durch die Gesundheitsdaten einer Person zugeordnet werden können.</translation>
    </message>
    <message>
        <source>Social media handle of a person</source>
        <translation>Social-Media-Name einer Person</translation>
    </message>
    <message>
        <source>Tagging or mentioning someone next to care details shows who the patient is.</source>
        <translation>Wer jemanden neben Angaben zur Behandlung markiert oder erwähnt, zeigt, wer der Patient ist.</translation>
    </message>
    <message>
        <source>Date tied to a person</source>
        <translation>Datum mit Personenbezug</translation>
    </message>
    <message>
        <source>Dates of visits, treatments or birth (anything but the year) can identify a patient.</source>
        <translation>Termin-, Behandlungs- oder Geburtsdaten (alles außer dem Jahr) können einen Patienten identifizierbar machen.</translation>
    </message>
    <message>
        <source>Age of a person</source>
        <translation>Alter einer Person</translation>
    </message>
    <message>
        <source>An age together with a story or a name helps identify a patient; ages over 89 are identifiers on their own.</source>
        <translation>Ein Alter zusammen mit einer Geschichte oder einem Namen hilft, einen Patienten zu identifizieren; ein Alter über 89 ist schon für sich ein Identifikationsmerkmal.</translation>
    </message>
    <message>
        <source>Someone&apos;s phone number</source>
        <translation>Telefonnummer einer Person</translation>
    </message>
    <message>
        <source>A person&apos;s telephone number identifies them. The practice&apos;s own number is fine.</source>
        <translation>Die Telefonnummer einer Person identifiziert sie. Die eigene Nummer der Praxis ist unproblematisch.</translation>
    </message>
    <message>
        <source>Someone&apos;s fax number</source>
        <translation>Faxnummer einer Person</translation>
    </message>
    <message>
        <source>A person&apos;s fax number identifies them. The practice&apos;s own fax is fine.</source>
        <translation>Die Faxnummer einer Person identifiziert sie. Das eigene Fax der Praxis ist unproblematisch.</translation>
    </message>
    <message>
        <source>Someone&apos;s e-mail address</source>
        <translation>E-Mail-Adresse einer Person</translation>
    </message>
    <message>
        <source>A personal e-mail address identifies its owner. The practice&apos;s own addresses are fine.</source>
        <translation>Eine persönliche E-Mail-Adresse identifiziert ihren Inhaber. Die eigenen Adressen der Praxis sind unproblematisch.</translation>
    </message>
    <message>
        <source>Address or place of a person</source>
        <translation>Adresse oder Ort einer Person</translation>
    </message>
    <message>
        <source>Street addresses, towns and postcodes smaller than a state can identify a patient. The practice&apos;s own address is fine.</source>
        <translation>Straßenadressen, Orte und Postleitzahlen unterhalb der Ebene eines Bundeslandes können einen Patienten identifizierbar machen. Die eigene Adresse der Praxis ist unproblematisch.</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikationsnummer</translation>
    </message>
    <message>
        <source>Social security, insurance, record, account, licence and similar numbers identify a person and must never be posted.</source>
        <translation>Sozialversicherungs-, Versicherten-, Akten-, Konto-, Lizenz- und ähnliche Nummern identifizieren eine Person und sollten nie veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Link to a person&apos;s page</source>
        <translation>Link auf die Seite einer Person</translation>
    </message>
    <message>
        <source>A link to someone&apos;s profile or personal page identifies them.</source>
        <translation>Ein Link auf das Profil oder die persönliche Seite einer Person identifiziert sie.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>An IP address can be traced to a person and their device.</source>
        <translation>Eine IP-Adresse lässt sich auf eine Person und ihr Gerät zurückführen.</translation>
    </message>
    <message>
        <source>Photo of a patient without consent</source>
        <translation>Patientenfoto ohne Einwilligung</translation>
    </message>
    <message>
        <source>A recognisable photo of a patient needs their written consent for this use and network.</source>
        <translation>Ein erkennbares Foto eines Patienten braucht dessen schriftliche Einwilligung für diese Verwendung und dieses Netzwerk.</translation>
    </message>
    <message>
        <source>Confirms that someone is a patient</source>
        <translation>Bestätigt, dass jemand Patient ist</translation>
    </message>
    <message>
        <source>Saying or implying that a person is treated by the practice discloses health information. Practices have paid fines for review replies like this; thank the person without mentioning care.</source>
        <translation>Wer sagt oder andeutet, dass eine Person in der Praxis behandelt wird, gibt Gesundheitsdaten preis. Praxen mussten für solche Antworten auf Bewertungen schon Bußgelder zahlen; danken Sie der Person, ohne die Behandlung zu erwähnen.</translation>
    </message>
    <message>
        <source>Patient story without consent</source>
        <translation>Patientengeschichte ohne Einwilligung</translation>
    </message>
    <message>
        <source>Testimonials, patient stories, before/after results and photos of patients need a signed, current consent that covers this use and network. Link one from the consent registry.</source>
        <translation>Erfahrungsberichte, Patientengeschichten, Vorher-nachher-Ergebnisse und Fotos von Patienten brauchen eine unterschriebene, gültige Einwilligung, die diese Verwendung und dieses Netzwerk abdeckt. Verknüpfen Sie eine aus dem Einwilligungsregister.</translation>
    </message>
    <message>
        <source>Medical advice without a disclaimer</source>
        <translation>Medizinischer Rat ohne Haftungsausschluss</translation>
    </message>
    <message>
        <source>Doses, what to take or stop and self-treatment read as individual advice. Add the practice&apos;s disclaimer, and consider whether the advice belongs in a post at all; a disclaimer does not fix a misleading claim.</source>
        <translation>Dosierungen, Angaben dazu, was man einnehmen oder absetzen soll, und Selbstbehandlung wirken wie eine individuelle Beratung. Ergänzen Sie den Haftungsausschluss der Praxis und überlegen Sie, ob der Rat überhaupt in einen Beitrag gehört; ein Haftungsausschluss macht eine irreführende Aussage nicht unbedenklich.</translation>
    </message>
    <message>
        <source>Discourages seeing a clinician</source>
        <translation>Hält vom Arztbesuch ab</translation>
    </message>
    <message>
        <source>Telling people they need not see a doctor, or when not to, can discourage essential care.</source>
        <translation>Wer Menschen sagt, sie müssten nicht zum Arzt gehen, oder wann nicht, kann sie von notwendiger Behandlung abhalten.</translation>
    </message>
    <message>
        <source>Health claim that may mislead</source>
        <translation>Möglicherweise irreführende Gesundheitsaussage</translation>
    </message>
    <message>
        <source>Health claims need solid evidence and must not create unjustified expectations.</source>
        <translation>Gesundheitsaussagen brauchen solide Belege und sollten keine ungerechtfertigten Erwartungen wecken.</translation>
    </message>
    <message>
        <source>Promises a cure</source>
        <translation>Verspricht Heilung</translation>
    </message>
    <message>
        <source>Claims that a treatment cures or heals need strong scientific evidence; promising a cure may mislead.</source>
        <translation>Aussagen, dass eine Behandlung heilt, brauchen starke wissenschaftliche Belege; ein Heilversprechen kann irreführend sein.</translation>
    </message>
    <message>
        <source>Guarantees a result</source>
        <translation>Garantiert ein Ergebnis</translation>
    </message>
    <message>
        <source>No treatment can promise a result; guarantees of success are restricted by advertising rules and professional codes.</source>
        <translation>Keine Behandlung kann ein Ergebnis versprechen; Erfolgsgarantien werden durch Werberegeln und Berufsordnungen eingeschränkt.</translation>
    </message>
    <message>
        <source>Promises no pain</source>
        <translation>Verspricht Schmerzfreiheit</translation>
    </message>
    <message>
        <source>&apos;Painless&apos; implies no harmful or unpleasant effects and needs substantiation. &apos;Comfortable&apos; or &apos;gentle&apos; says what you mean without a promise.</source>
        <translation>&apos;Schmerzfrei&apos; unterstellt, dass es keine schädlichen oder unangenehmen Wirkungen gibt, und muss belegt werden. &apos;Angenehm&apos; oder &apos;sanft&apos; sagt, was Sie meinen, ohne etwas zu versprechen.</translation>
    </message>
    <message>
        <source>Superiority claim</source>
        <translation>Überlegenheitsbehauptung</translation>
    </message>
    <message>
        <source>&apos;Best&apos;, &apos;#1&apos; and similar comparisons need evidence and can create unjustified expectations.</source>
        <translation>&apos;Beste&apos;, &apos;#1&apos; und ähnliche Vergleiche brauchen Belege und können ungerechtfertigte Erwartungen wecken.</translation>
    </message>
    <message>
        <source>Says there is no risk</source>
        <translation>Behauptet Risikofreiheit</translation>
    </message>
    <message>
        <source>Every treatment has risks; claiming none (or no side effects, no downtime) minimises them.</source>
        <translation>Jede Behandlung hat Risiken; wer behauptet, es gebe keine (oder keine Nebenwirkungen, keine Ausfallzeit), verharmlost sie.</translation>
    </message>
    <message>
        <source>Exaggerated claim</source>
        <translation>Übertriebene Aussage</translation>
    </message>
    <message>
        <source>Words like &apos;miracle&apos;, &apos;magic&apos; or &apos;breakthrough&apos; exaggerate what a treatment can do.</source>
        <translation>Wörter wie &apos;Wunder&apos;, &apos;magisch&apos; oder &apos;Durchbruch&apos; übertreiben, was eine Behandlung leisten kann.</translation>
    </message>
    <message>
        <source>Promises a permanent result</source>
        <translation>Verspricht ein dauerhaftes Ergebnis</translation>
    </message>
    <message>
        <source>Results vary and may not last; promising permanence may mislead.</source>
        <translation>Ergebnisse sind unterschiedlich und halten nicht unbedingt an; ein Versprechen von Dauerhaftigkeit kann irreführend sein.</translation>
    </message>
    <message>
        <source>Claims proof or approval</source>
        <translation>Behauptet Nachweis oder Zulassung</translation>
    </message>
    <message>
        <source>&apos;Clinically proven&apos; needs trials in people; devices are usually &apos;cleared&apos;, not &apos;approved&apos;, by the FDA.</source>
        <translation>&apos;Klinisch bewiesen&apos; setzt Studien am Menschen voraus; Medizinprodukte werden von der FDA meist &apos;cleared&apos; (freigegeben), nicht &apos;approved&apos; (zugelassen).</translation>
    </message>
    <message>
        <source>Promises an outcome</source>
        <translation>Verspricht einen Behandlungserfolg</translation>
    </message>
    <message>
        <source>Success rates, instant or one-session results and replacing medication imply typical results that need evidence and may discourage proper care.</source>
        <translation>Erfolgsquoten, sofortige Ergebnisse oder Ergebnisse nach nur einer Sitzung und das Ersetzen von Medikamenten suggerieren typische Ergebnisse, die belegt werden müssen, und können von angemessener Behandlung abhalten.</translation>
    </message>
    <message>
        <source>Advertises a prescription-only medicine</source>
        <translation>Wirbt für ein verschreibungspflichtiges Arzneimittel</translation>
    </message>
    <message>
        <source>Prescription-only medicines such as botulinum toxin may not be advertised to the public here; describe the consultation instead.</source>
        <translation>Für verschreibungspflichtige Arzneimittel wie Botulinumtoxin darf hier nicht öffentlich geworben werden; beschreiben Sie stattdessen die Beratung.</translation>
    </message>
    <message>
        <source>Before/after comparison for a cosmetic treatment</source>
        <translation>Vorher-nachher-Vergleich bei einer ästhetischen Behandlung</translation>
    </message>
    <message>
        <source>Before-and-after comparisons are not allowed in public advertising for cosmetic procedures here.</source>
        <translation>Vorher-nachher-Vergleiche sind hier in öffentlicher Werbung für ästhetische Eingriffe nicht zulässig.</translation>
    </message>
    <message>
        <source>Pressure to book a cosmetic treatment</source>
        <translation>Druck zur Buchung einer ästhetischen Behandlung</translation>
    </message>
    <message>
        <source>Time-limited deals and prizes for cosmetic treatments encourage decisions people have not thought through.</source>
        <translation>Zeitlich begrenzte Angebote und Gewinnspiele für ästhetische Behandlungen fördern Entscheidungen, die nicht gut durchdacht sind.</translation>
    </message>
    <message>
        <source>Patient testimonial for a cosmetic treatment</source>
        <translation>Patientenstimme zu einer ästhetischen Behandlung</translation>
    </message>
    <message>
        <source>Statements of patients about cosmetic treatments may not be used in public advertising when they could mislead.</source>
        <translation>Äußerungen von Patienten zu ästhetischen Behandlungen dürfen in öffentlicher Werbung nicht verwendet werden, wenn sie irreführen könnten.</translation>
    </message>
    <message>
        <source>One of your practice&apos;s own terms</source>
        <translation>Einer der eigenen Begriffe Ihrer Praxis</translation>
    </message>
    <message>
        <source>Your practice asked to check every post for this term (Settings → Your own words to check).</source>
        <translation>Ihre Praxis hat festgelegt, dass jeder Beitrag auf diesen Begriff geprüft wird (Einstellungen → Eigene Begriffe zur Prüfung).</translation>
    </message>
    <message>
        <source>Sponsorship without a clear disclosure</source>
        <translation>Sponsoring ohne klare Kennzeichnung</translation>
    </message>
    <message>
        <source>Gifts, payments, partnerships, affiliate links and discount codes must be disclosed clearly at the start, e.g. &apos;#ad&apos; or &apos;Paid partnership with …&apos;.</source>
        <translation>Geschenke, Zahlungen, Partnerschaften, Affiliate-Links und Rabattcodes sollten gleich am Anfang klar gekennzeichnet werden, z. B. mit &apos;#Werbung&apos; oder &apos;Bezahlte Partnerschaft mit …&apos;.</translation>
    </message>
    <message>
        <source>Disclosure hidden at the end</source>
        <translation>Kennzeichnung am Ende versteckt</translation>
    </message>
    <message>
        <source>A disclosure at the end or among hashtags is easy to miss; put it at the start.</source>
        <translation>Eine Kennzeichnung am Ende oder zwischen Hashtags wird leicht übersehen; setzen Sie sie an den Anfang.</translation>
    </message>
    <message>
        <source>Disclosure too vague</source>
        <translation>Kennzeichnung zu vage</translation>
    </message>
    <message>
        <source>&apos;#spon&apos;, &apos;#collab&apos; or &apos;#partner&apos; do not tell readers it is an ad; use &apos;#ad&apos;, &apos;Ad:&apos; or &apos;Paid partnership&apos;.</source>
        <translation>&apos;#Kooperation&apos;, &apos;#spon&apos; oder &apos;#collab&apos; sagen den Lesern nicht, dass es sich um Werbung handelt; verwenden Sie &apos;#Werbung&apos;, &apos;Anzeige:&apos; oder &apos;Bezahlte Partnerschaft&apos;.</translation>
    </message>
    <message>
        <source>Too long for the network</source>
        <translation>Zu lang für das Netzwerk</translation>
    </message>
    <message>
        <source>The network refuses or cuts posts over its limit; shorten the text or write a variant for this network.</source>
        <translation>Das Netzwerk lehnt Beiträge über seinem Limit ab oder schneidet sie ab; kürzen Sie den Text oder schreiben Sie eine Variante für dieses Netzwerk.</translation>
    </message>
    <message>
        <source>Image without a description</source>
        <translation>Bild ohne Beschreibung</translation>
    </message>
    <message>
        <source>People using screen readers rely on alt text. Describe what the image shows.</source>
        <translation>Menschen, die Screenreader nutzen, sind auf Alternativtexte angewiesen. Beschreiben Sie, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>Hashtag is hard to read aloud</source>
        <translation>Hashtag ist schwer vorzulesen</translation>
    </message>
    <message>
        <source>Screen readers read #CamelCaseHashtags word by word; all-lowercase hashtags are read as one long word.</source>
        <translation>Screenreader lesen #HashtagsMitGroßenAnfangsbuchstaben Wort für Wort vor; Hashtags in reiner Kleinschreibung werden als ein langes Wort gelesen.</translation>
    </message>
    <message>
        <source>Link a consent…</source>
        <translation>Einwilligung verknüpfen…</translation>
    </message>
    <message>
        <source>Over the limit: %1</source>
        <translation>Über dem Limit: %1</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Testimonial</source>
        <translation>Erfahrungsbericht</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Patientengeschichte</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>The consent needs the name of the person who gave it.</source>
        <translation>Die Einwilligung braucht den Namen der Person, die sie erteilt hat.</translation>
    </message>
    <message>
        <source>The consent needs the date it was signed.</source>
        <translation>Die Einwilligung braucht das Datum der Unterschrift.</translation>
    </message>
    <message>
        <source>The consent cannot expire before it was signed.</source>
        <translation>Die Einwilligung kann nicht ablaufen, bevor sie unterschrieben wurde.</translation>
    </message>
    <message>
        <source>The consent must cover at least one use (testimonial, photo, video or story).</source>
        <translation>Die Einwilligung muss mindestens eine Verwendung abdecken (Erfahrungsbericht, Foto, Video oder Patientengeschichte).</translation>
    </message>
    <message>
        <source>save the consent</source>
        <translation>Speichern der Einwilligung</translation>
    </message>
    <message>
        <source>The consent no longer exists.</source>
        <translation>Die Einwilligung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>delete the consent</source>
        <translation>Löschen der Einwilligung</translation>
    </message>
    <message>
        <source>read the consent</source>
        <translation>Lesen der Einwilligung</translation>
    </message>
    <message>
        <source>read the consents</source>
        <translation>Lesen der Einwilligungen</translation>
    </message>
    <message>
        <source>read the post&apos;s consents</source>
        <translation>Lesen der Einwilligungen des Beitrags</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this account.</source>
        <translation>Für dieses Konto sind keine Zugangsdaten im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access while trying to %1. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat beim %1 den Zugriff verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht löschen.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>No keychain available. Clearpost keeps account secrets only in the system keychain (GNOME Keyring, KWallet or another Secret Service); start or install one and try again.</source>
        <translation>Kein Schlüsselbund verfügbar. Clearpost speichert die Zugangsdaten von Konten nur im Schlüsselbund des Systems (GNOME Keyring, KWallet oder ein anderer Secret Service); starten oder installieren Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account has no keychain entry name.</source>
        <translation>Das Konto hat keinen Namen für den Schlüsselbundeintrag.</translation>
    </message>
    <message>
        <source>store the secret</source>
        <translation>Speichern der Zugangsdaten</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>Lesen der Zugangsdaten</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>Entfernen der Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Clearpost database.</source>
        <translation>%1 ist ein Ordner, keine Clearpost-Datenbank.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Clearpost database (it is not an SQLite file).</source>
        <translation>%1 ist keine Clearpost-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Clearpost database. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Clearpost-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Clearpost (schema %2; this version understands up to %3). It was not changed; please update Clearpost.</source>
        <translation>%1 wurde von einer neueren Version von Clearpost geschrieben (Schema %2; diese Version versteht bis %3). Die Datei wurde nicht verändert; bitte aktualisieren Sie Clearpost.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be checked (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht geprüft werden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check. It was not changed; restore it from a backup.</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not switch the database to write-ahead logging: %1</source>
        <translation>Die Datenbank konnte nicht auf Write-Ahead-Logging umgestellt werden: %1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>Die Datenbank konnte nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>Dieser SQLite-Build erzwingt keine Fremdschlüssel.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>Die Schemaversion %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not check the database: %1</source>
        <translation>Die Datenbank konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The database failed its integrity check (problems found: %1).</source>
        <translation>Die Datenbank hat die Integritätsprüfung nicht bestanden (gefundene Probleme: %1).</translation>
    </message>
    <message>
        <source>The database has broken links between records.</source>
        <translation>Die Datenbank enthält fehlerhafte Verknüpfungen zwischen Datensätzen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>Could not write the backup: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>Could not write the sample image %1.</source>
        <translation>Das Beispielbild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not read back the sample image %1.</source>
        <translation>Das Beispielbild %1 konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The demo covers 1 to 36 months.</source>
        <translation>Die Demo umfasst 1 bis 36 Monate.</translation>
    </message>
    <message>
        <source>Practice plan %1–%2</source>
        <translation>Praxisplan %1–%2</translation>
    </message>
    <message>
        <source>Grow local awareness, keep existing patients informed between visits, and fill the new evening hours.</source>
        <translation>Die Bekanntheit vor Ort steigern, bestehende Patienten zwischen den Terminen informieren und die neuen Abendsprechstunden füllen.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Aufklärung</translation>
    </message>
    <message>
        <source>Team &amp; culture</source>
        <translation>Team &amp; Kultur</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Das Netzwerk hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The database already holds a practice; the demo needs a new, empty file.</source>
        <translation>Die Datenbank enthält bereits eine Praxis; die Demo braucht eine neue, leere Datei.</translation>
    </message>
</context>
<context>
    <name>MediaRepository</name>
    <message>
        <source>The media entry needs a file.</source>
        <translation>Der Medieneintrag braucht eine Datei.</translation>
    </message>
    <message>
        <source>add the media file</source>
        <translation>Hinzufügen der Mediendatei</translation>
    </message>
    <message>
        <source>save the media details</source>
        <translation>Speichern der Mediendetails</translation>
    </message>
    <message>
        <source>The media file no longer exists.</source>
        <translation>Die Mediendatei existiert nicht mehr.</translation>
    </message>
    <message>
        <source>remove the media file</source>
        <translation>Entfernen der Mediendatei</translation>
    </message>
    <message>
        <source>read the media file</source>
        <translation>Lesen der Mediendatei</translation>
    </message>
    <message>
        <source>read the media library</source>
        <translation>Lesen der Mediathek</translation>
    </message>
    <message>
        <source>read the post&apos;s media</source>
        <translation>Lesen der Medien des Beitrags</translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>save the metrics</source>
        <translation>Speichern der Kennzahlen</translation>
    </message>
    <message>
        <source>A metric needs an account, a day and a name.</source>
        <translation>Eine Kennzahl braucht ein Konto, einen Tag und einen Namen.</translation>
    </message>
    <message>
        <source>read the metrics</source>
        <translation>Lesen der Kennzahlen</translation>
    </message>
    <message>
        <source>read the post&apos;s metrics</source>
        <translation>Lesen der Kennzahlen des Beitrags</translation>
    </message>
    <message>
        <source>count the metrics</source>
        <translation>Zählen der Kennzahlen</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>Der Plan braucht einen Namen.</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>Der Plan kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Every content pillar needs a name.</source>
        <translation>Jede Themensäule braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two content pillars have the same name.</source>
        <translation>Zwei Themensäulen haben denselben Namen.</translation>
    </message>
    <message>
        <source>A pillar&apos;s share must be between 0 and 100 %.</source>
        <translation>Der Anteil einer Themensäule muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The pillars&apos; shares add up to more than 100 %.</source>
        <translation>Die Anteile der Themensäulen ergeben zusammen mehr als 100 %.</translation>
    </message>
    <message>
        <source>Posts per week cannot be negative.</source>
        <translation>Die Zahl der Beiträge pro Woche darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>Die Kampagne kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>Speichern des Plans</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Der Plan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>save the plan&apos;s cadence and pillars</source>
        <translation>Speichern von Rhythmus und Themensäulen des Plans</translation>
    </message>
    <message>
        <source>delete the plan</source>
        <translation>Löschen des Plans</translation>
    </message>
    <message>
        <source>read the plans</source>
        <translation>Lesen der Pläne</translation>
    </message>
    <message>
        <source>save the campaign</source>
        <translation>Speichern der Kampagne</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>delete the campaign</source>
        <translation>Löschen der Kampagne</translation>
    </message>
    <message>
        <source>read the campaign</source>
        <translation>Lesen der Kampagne</translation>
    </message>
    <message>
        <source>read the campaigns</source>
        <translation>Lesen der Kampagnen</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Google Business Profile</source>
        <translation>Google Business Profile</translation>
    </message>
</context>
<context>
    <name>PlatformCounter</name>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, %1/%2 bytes</source>
        <translation>, %1/%2 Byte</translation>
    </message>
    <message>
        <source>, %1/%2 hashtags</source>
        <translation>, %1/%2 Hashtags</translation>
    </message>
    <message>
        <source>, %1/%2 links</source>
        <translation>, %1/%2 Links</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Review reply</source>
        <translation>Antwort auf Bewertung</translation>
    </message>
    <message>
        <source>Comment reply</source>
        <translation>Antwort auf Kommentar</translation>
    </message>
</context>
<context>
    <name>PostLifecycle</name>
    <message>
        <source>The post is already %1.</source>
        <translation>Der Beitrag hat bereits den Status „%1“.</translation>
    </message>
    <message>
        <source>The post is being published right now; wait until it has finished.</source>
        <translation>Der Beitrag wird gerade veröffentlicht; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The post has been published; it can only be archived.</source>
        <translation>Der Beitrag wurde veröffentlicht; er kann nur noch archiviert werden.</translation>
    </message>
    <message>
        <source>Only a post in review can be approved.</source>
        <translation>Nur ein Beitrag in Prüfung kann freigegeben werden.</translation>
    </message>
    <message>
        <source>Only an approved post can be scheduled.</source>
        <translation>Nur ein freigegebener Beitrag kann geplant werden.</translation>
    </message>
    <message>
        <source>Only a post being published can end as %1.</source>
        <translation>Nur ein Beitrag, der gerade veröffentlicht wird, kann den Status „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Only a scheduled or failed post can be published.</source>
        <translation>Nur ein geplanter oder fehlgeschlagener Beitrag kann veröffentlicht werden.</translation>
    </message>
    <message>
        <source>A post cannot go from %1 to %2.</source>
        <translation>Ein Beitrag kann nicht vom Status „%1“ in den Status „%2“ wechseln.</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>save the post</source>
        <translation>Speichern des Beitrags</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>Der Beitrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>save the post&apos;s networks</source>
        <translation>Speichern der Netzwerke des Beitrags</translation>
    </message>
    <message>
        <source>The post targets the same account twice.</source>
        <translation>Der Beitrag enthält dasselbe Konto zweimal.</translation>
    </message>
    <message>
        <source>save the post&apos;s media and consents</source>
        <translation>Speichern der Medien und Einwilligungen des Beitrags</translation>
    </message>
    <message>
        <source>delete the post</source>
        <translation>Löschen des Beitrags</translation>
    </message>
    <message>
        <source>read the post</source>
        <translation>Lesen des Beitrags</translation>
    </message>
    <message>
        <source>read the posts</source>
        <translation>Lesen der Beiträge</translation>
    </message>
    <message>
        <source>read the post&apos;s networks</source>
        <translation>Lesen der Netzwerke des Beitrags</translation>
    </message>
    <message>
        <source>count the posts</source>
        <translation>Zählen der Beiträge</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <source>change the post&apos;s state</source>
        <translation>Ändern des Beitragsstatus</translation>
    </message>
    <message>
        <source>save the publishing record</source>
        <translation>Speichern des Veröffentlichungseintrags</translation>
    </message>
    <message>
        <source>The post&apos;s network entry no longer exists.</source>
        <translation>Der Netzwerkeintrag des Beitrags existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>Set your name in Settings before saving posts; the audit trail needs it.</source>
        <translation>Tragen Sie in den Einstellungen Ihren Namen ein, bevor Sie Beiträge speichern; das Änderungsprotokoll braucht ihn.</translation>
    </message>
    <message>
        <source>A %1 post cannot be edited.</source>
        <translation>Ein Beitrag mit dem Status „%1“ kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Set your name in Settings first; the audit trail needs it.</source>
        <translation>Tragen Sie zuerst in den Einstellungen Ihren Namen ein; das Änderungsprotokoll braucht ihn.</translation>
    </message>
    <message>
        <source>Pick a date and time before scheduling the post.</source>
        <translation>Wählen Sie Datum und Uhrzeit, bevor Sie den Beitrag planen.</translation>
    </message>
    <message>
        <source>Choose at least one account to post to.</source>
        <translation>Wählen Sie mindestens ein Konto für die Veröffentlichung.</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>Der Beitrag ist leer.</translation>
    </message>
    <message>
        <source>A %1 post cannot be deleted; archive it instead.</source>
        <translation>Ein Beitrag mit dem Status „%1“ kann nicht gelöscht werden; archivieren Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>United States (HIPAA, FTC)</source>
        <translation>Vereinigte Staaten (HIPAA, FTC)</translation>
    </message>
    <message>
        <source>United Kingdom (UK GDPR, ASA CAP Code, GMC/GDC)</source>
        <translation>Vereinigtes Königreich (UK GDPR, ASA CAP Code, GMC/GDC)</translation>
    </message>
    <message>
        <source>Germany (DSGVO, HWG)</source>
        <translation>Deutschland (DSGVO, HWG)</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Zahnmedizin</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Allgemeinmedizin</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatologie</translation>
    </message>
    <message>
        <source>Veterinary</source>
        <translation>Tiermedizin</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>PracticeRepository</name>
    <message>
        <source>read the practice</source>
        <translation>Lesen der Praxis</translation>
    </message>
    <message>
        <source>read the practice profile</source>
        <translation>Lesen des Praxisprofils</translation>
    </message>
    <message>
        <source>This database has no practice profile yet.</source>
        <translation>Diese Datenbank hat noch kein Praxisprofil.</translation>
    </message>
    <message>
        <source>read the staff roster</source>
        <translation>Lesen der Teamliste</translation>
    </message>
    <message>
        <source>The practice needs a name.</source>
        <translation>Die Praxis braucht einen Namen.</translation>
    </message>
    <message>
        <source>save the practice profile</source>
        <translation>Speichern des Praxisprofils</translation>
    </message>
    <message>
        <source>save the staff roster</source>
        <translation>Speichern der Teamliste</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>The rule data %1 could not be read: %2</source>
        <translation>Die Regeldaten %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The rule data %1 is not valid JSON (%2 at offset %3).</source>
        <translation>Die Regeldaten %1 sind kein gültiges JSON (%2 an Position %3).</translation>
    </message>
    <message>
        <source>%1: unknown word list “%2”.</source>
        <translation>%1: unbekannte Wortliste „%2“.</translation>
    </message>
    <message>
        <source>%1: unknown claim rule “%2”.</source>
        <translation>%1: unbekannte Aussagenregel „%2“.</translation>
    </message>
    <message>
        <source>%1: rule “%2” has an unknown severity.</source>
        <translation>%1: Regel „%2“ hat einen unbekannten Schweregrad.</translation>
    </message>
    <message>
        <source>%1: unknown jurisdiction “%2”.</source>
        <translation>%1: unbekannte Rechtsordnung „%2“.</translation>
    </message>
    <message>
        <source>The name list is empty.</source>
        <translation>Die Namensliste ist leer.</translation>
    </message>
    <message>
        <source>%1: list “%2” has a phrase the matcher cannot read: “%3”.</source>
        <translation>%1: Die Liste „%2“ enthält eine Wendung, die der Abgleich nicht lesen kann: „%3“.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Unknown page “%1”; pages are: %2.</source>
        <translation>Unbekannte Seite „%1“; verfügbare Seiten: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehler beim %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The template needs a title.</source>
        <translation>Die Vorlage braucht einen Titel.</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>Speichern der Vorlage</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Die Vorlage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>Löschen der Vorlage</translation>
    </message>
    <message>
        <source>read the template</source>
        <translation>Lesen der Vorlage</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>Lesen der Vorlagen</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>e.g. lakeshoredental</source>
        <translation>z. B. lakeshoredental</translation>
    </message>
    <message>
        <source>&amp;Handle or page:</source>
        <translation>&amp;Benutzername oder Seite:</translation>
    </message>
    <message>
        <source>How the account is shown in Clearpost</source>
        <translation>So wird das Konto in Clearpost angezeigt</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Characters per post:</source>
        <translation>Zeichen pro Beitrag:</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>Some Mastodon servers allow longer posts than 500 characters.</source>
        <translation>Manche Mastodon-Server erlauben längere Beiträge als 500 Zeichen.</translation>
    </message>
    <message>
        <source>Optional: the network&apos;s page or account id</source>
        <translation>Optional: die Seiten- oder Konto-ID im Netzwerk</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um die gespeicherten Zugangsdaten zu behalten</translation>
    </message>
    <message>
        <source>App password or access token</source>
        <translation>App-Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Stored only in this computer&apos;s keychain, never in the practice file or its backups.</source>
        <translation>Nur im Schlüsselbund dieses Computers gespeichert, nie in der Praxisdatei oder ihren Sicherungen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter the account&apos;s handle or page name.</source>
        <translation>Geben Sie den Benutzernamen oder Seitennamen des Kontos ein.</translation>
    </message>
    <message>
        <source>The server must be a web address such as %1.</source>
        <translation>Der Server muss eine Webadresse wie %1 sein.</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountListModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>The access token expires soon; reconnect the account.</source>
        <translation>Das Zugriffstoken läuft bald ab; verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountService</name>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>Das Konto wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>The account was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>Das Konto wurde entfernt, aber seine Zugangsdaten konnten nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The practice&apos;s social media accounts. Secrets are kept in this computer&apos;s keychain.</source>
        <translation>Die Social-Media-Konten der Praxis. Zugangsdaten werden im Schlüsselbund dieses Computers aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check that the account&apos;s secret is in the keychain</source>
        <translation>Prüfen, ob die Zugangsdaten des Kontos im Schlüsselbund liegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>No accounts yet. Add the practice&apos;s Facebook page, Instagram, Bluesky or other accounts to plan and publish posts for them.</source>
        <translation>Noch keine Konten. Fügen Sie die Facebook-Seite, Instagram, Bluesky oder andere Konten der Praxis hinzu, um Beiträge dafür zu planen und zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Add the first account…</source>
        <translation>Erstes Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>Die Zugangsdaten liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove %1 on %2?</source>
        <translation>%1 auf %2 entfernen?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain.</source>
        <translation>Die Zugangsdaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Posts planned or published for it: %1. Measured figures that will be deleted: %2.</source>
        <translation>Dafür geplante oder veröffentlichte Beiträge: %1. Messwerte, die gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Konto entfernt.</translation>
    </message>
</context>
<context>
    <name>clearpost::MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>A month, week and list view of every planned and published post, with gaps and awareness days marked.</source>
        <translation>Monats-, Wochen- und Listenansicht aller geplanten und veröffentlichten Beiträge, mit markierten Lücken und Aktionstagen.</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Write a post once, adapt it per network, and see privacy and advertising-rule findings while you type.</source>
        <translation>Schreiben Sie einen Beitrag einmal, passen Sie ihn je Netzwerk an und sehen Sie Hinweise zu Datenschutz und Werberegeln schon beim Tippen.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your templates as cards, filled in with the practice&apos;s details when you use them.</source>
        <translation>Ihre Vorlagen als Karten, beim Verwenden mit den Angaben der Praxis ausgefüllt.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Goals, posting cadence per network and the mix of content pillars, week by week.</source>
        <translation>Ziele, Veröffentlichungsrhythmus je Netzwerk und der Mix der Themensäulen, Woche für Woche.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Reach, engagement and the best posts of the month, and the monthly report.</source>
        <translation>Reichweite, Interaktion und die besten Beiträge des Monats sowie der Monatsbericht.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open practice…</source>
        <translation>Praxis ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back up practice…</source>
        <translation>Praxis &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Clearpost</source>
        <translation>&amp;Über Clearpost</translation>
    </message>
    <message>
        <source>No practice</source>
        <translation>Keine Praxis</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — posts wait until you are back online</source>
        <translation>Offline — Beiträge warten, bis Sie wieder online sind</translation>
    </message>
    <message>
        <source>Network status unknown</source>
        <translation>Verbindungsstatus unbekannt</translation>
    </message>
    <message>
        <source>Posts waiting: %1</source>
        <translation>Wartende Beiträge: %1</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Next post %1</source>
        <translation>Nächster Beitrag %1</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Praxisdatei öffnen</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)</source>
        <translation>Clearpost-Praxis (*.clearpost *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the practice</source>
        <translation>Praxis konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Praxis sichern</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost)</source>
        <translation>Clearpost-Praxis (*.clearpost)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup written to %1. Account secrets stay in this computer&apos;s keychain.</source>
        <translation>Sicherung nach %1 geschrieben. Die Zugangsdaten der Konten bleiben im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>About Clearpost</source>
        <translation>Über Clearpost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearpost %1&lt;/h3&gt;&lt;p&gt;Social media for small medical practices: plan, draft, check, schedule, publish and measure, offline first.&lt;/p&gt;&lt;p&gt;Findings are hints that a post may need review, not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data and artwork&lt;/b&gt;&lt;br&gt;Place names: contains data from GeoNames (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; extracted and filtered for Clearpost.&lt;br&gt;Given names and surnames: public lists under MIT, CC0 and public-domain terms (see resources/names/ATTRIBUTION.md).&lt;br&gt;Icons: Tabler Icons (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearpost %1&lt;/h3&gt;&lt;p&gt;Social Media für kleine medizinische Praxen: planen, entwerfen, prüfen, einplanen, veröffentlichen und auswerten, auch ohne Internetverbindung.&lt;/p&gt;&lt;p&gt;Auffälligkeiten sind Hinweise, dass ein Beitrag möglicherweise geprüft werden sollte, keine Rechtsberatung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Daten und Grafiken&lt;/b&gt;&lt;br&gt;Ortsnamen: enthält Daten von GeoNames (geonames.org), lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; für Clearpost extrahiert und gefiltert.&lt;br&gt;Vor- und Nachnamen: öffentliche Listen unter MIT-, CC0- und Public-Domain-Bedingungen (siehe resources/names/ATTRIBUTION.md).&lt;br&gt;Symbole: Tabler Icons (MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearpost::PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Folgt in einer späteren Version</translation>
    </message>
</context>
<context>
    <name>clearpost::Session</name>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
</context>
<context>
    <name>clearpost::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your practice&apos;s profile is used in templates and tells the checker which rules apply and which details are your own.</source>
        <translation>Das Profil Ihrer Praxis wird in Vorlagen verwendet und teilt der Prüfung mit, welche Regeln gelten und welche Angaben Ihre eigenen sind.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Einstellungen speichern (%1)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>e.g. Lakeshore Family Dental</source>
        <translation>z. B. Lakeshore Family Dental</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;pecialty:</source>
        <translation>&amp;Fachrichtung:</translation>
    </message>
    <message>
        <source>Which privacy and advertising rules the checker applies</source>
        <translation>Welche Datenschutz- und Werberegeln die Prüfung anwendet</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The language the practice posts in; the checker reads posts in this language</source>
        <translation>Die Sprache, in der die Praxis veröffentlicht; die Prüfung liest Beiträge in dieser Sprache</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>Sprache der &amp;Beiträge:</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Street, city, postcode</source>
        <translation>Straße, Ort, Postleitzahl</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>e.g. (312) 555-0148</source>
        <translation>z. B. (312) 555-0148</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>e.g. hello@practice.example</source>
        <translation>z. B. hello@practice.example</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>e.g. https://practice.example</source>
        <translation>z. B. https://practice.example</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>The practice&apos;s own details are public: the checker never flags them.</source>
        <translation>Die eigenen Angaben der Praxis sind öffentlich: Die Prüfung markiert sie nie.</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <source>Use the suggested text</source>
        <translation>Vorgeschlagenen Text verwenden</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>Praxisteam</translation>
    </message>
    <message>
        <source>Staff names are never flagged as patient names. Approvers may approve posts.</source>
        <translation>Namen von Teammitgliedern werden nie als Patientennamen markiert. Freigabeberechtigte dürfen Beiträge freigeben.</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Your own words to check</source>
        <translation>Eigene Begriffe zur Prüfung</translation>
    </message>
    <message>
        <source>One per line. The checker flags these in every post, e.g. a promotion you no longer offer.</source>
        <translation>Einer pro Zeile. Die Prüfung markiert diese in jedem Beitrag, z. B. eine Aktion, die Sie nicht mehr anbieten.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Your name, as shown in the audit trail</source>
        <translation>Ihr Name, wie er im Änderungsprotokoll erscheint</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect the next time Clearpost starts</source>
        <translation>Wirkt beim nächsten Start von Clearpost</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Enter the practice&apos;s name.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Clearpost knows; pick one from the list, e.g. America/Chicago.</source>
        <translation>„%1“ ist keine Zeitzone, die Clearpost kennt; wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; it should be like hello@practice.example.</source>
        <translation>Die E-Mail-Adresse sieht nicht richtig aus; sie sollte etwa so aussehen: hello@practice.example.</translation>
    </message>
    <message>
        <source>The website does not look right; it should be like https://practice.example.</source>
        <translation>Die Website-Adresse sieht nicht richtig aus; sie sollte etwa so aussehen: https://practice.example.</translation>
    </message>
    <message>
        <source>Enter your name; the audit trail records who did what.</source>
        <translation>Geben Sie Ihren Namen ein; das Änderungsprotokoll hält fest, wer was getan hat.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The new interface language applies when Clearpost next starts.</source>
        <translation>Gespeichert. Die neue Oberflächensprache gilt ab dem nächsten Start von Clearpost.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>Save the changes to the settings before leaving?</source>
        <translation>Änderungen an den Einstellungen vor dem Verlassen speichern?</translation>
    </message>
</context>
<context>
    <name>clearpost::StaffTableModel</name>
    <message>
        <source>May approve posts for publishing</source>
        <translation>Darf Beiträge zur Veröffentlichung freigeben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigabeberechtigt</translation>
    </message>
</context>
<context>
    <name>clearpost::WelcomeDialog</name>
    <message>
        <source>Welcome to Clearpost</source>
        <translation>Willkommen bei Clearpost</translation>
    </message>
    <message>
        <source>Plan, check and publish your practice&apos;s social media, with privacy and advertising rules checked while you type. Everything stays on this computer.</source>
        <translation>Planen, prüfen und veröffentlichen Sie die Social-Media-Beiträge Ihrer Praxis, mit Prüfung der Datenschutz- und Werberegeln schon beim Tippen. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Create your practice</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message>
        <source>Start with your practice&apos;s name and the rules that apply to it.</source>
        <translation>Beginnen Sie mit dem Namen Ihrer Praxis und den Regeln, die für sie gelten.</translation>
    </message>
    <message>
        <source>Open the demo practice</source>
        <translation>Demo-Praxis öffnen</translation>
    </message>
    <message>
        <source>Explore Clearpost with Lakeshore Family Dental, a sample practice with six months of posts.</source>
        <translation>Lernen Sie Clearpost mit Lakeshore Family Dental kennen, einer Beispielpraxis mit Beiträgen aus sechs Monaten.</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Praxisdatei öffnen…</translation>
    </message>
    <message>
        <source>Use a practice file that already exists, e.g. restored from a backup.</source>
        <translation>Eine vorhandene Praxisdatei verwenden, z. B. eine aus einer Sicherung wiederhergestellte.</translation>
    </message>
    <message>
        <source>e.g. Lakeshore Family Dental</source>
        <translation>z. B. Lakeshore Family Dental</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Fachrichtung:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>Sprache der &amp;Beiträge:</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Speicherort: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Create practice</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Praxisdatei öffnen</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)</source>
        <translation>Clearpost-Praxis (*.clearpost *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter your practice&apos;s name.</source>
        <translation>Geben Sie den Namen Ihrer Praxis ein.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list, e.g. America/Chicago.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
</TS>
