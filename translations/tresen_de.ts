<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminProblem</name>
    <message>
        <source>Someone else changed this in the meantime. The table shows the current state; please make your change again.</source>
        <translation>Jemand anderes hat das inzwischen geändert. Die Tabelle zeigt den aktuellen Stand; bitte nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>It is still in use (waiting tickets, coming appointments or weddings), so it cannot be retired yet.</source>
        <translation>Es wird noch gebraucht (wartende Nummern, kommende Termine oder Trauungen) und kann daher noch nicht stillgelegt werden.</translation>
    </message>
    <message>
        <source>It cannot move to another office. Create it anew there and retire this one.</source>
        <translation>Es kann nicht in ein anderes Amt umziehen. Legen Sie es dort neu an und legen Sie dieses still.</translation>
    </message>
    <message>
        <source>Appointments or weddings are booked on a closure day. Move or cancel them first.</source>
        <translation>An einem Schließtag sind Termine oder Trauungen gebucht. Verlegen oder stornieren Sie diese zuerst.</translation>
    </message>
    <message>
        <source>This name is taken already in this office.</source>
        <translation>Dieser Name ist in diesem Amt schon vergeben.</translation>
    </message>
    <message>
        <source>This prefix is taken already in this office.</source>
        <translation>Dieses Kürzel ist in diesem Amt schon vergeben.</translation>
    </message>
    <message>
        <source>It belongs to something retired. Activate that first.</source>
        <translation>Es gehört zu etwas Stillgelegtem. Aktivieren Sie das zuerst wieder.</translation>
    </message>
    <message>
        <source>This login exists already.</source>
        <translation>Diese Anmeldung gibt es schon.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Give another account the role first.</source>
        <translation>Das ist die letzte aktive Administration. Geben Sie zuerst einem anderen Konto diese Rolle.</translation>
    </message>
    <message>
        <source>The password is too weak: at least 12 characters, not a common password and not the login.</source>
        <translation>Das Passwort ist zu schwach: mindestens 12 Zeichen, kein gängiges Passwort und nicht die Anmeldung.</translation>
    </message>
    <message>
        <source>This belongs to an office you do not administer.</source>
        <translation>Das gehört zu einem Amt, das Sie nicht verwalten.</translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation>Der Server hat die Werte nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>AdministeredKinds</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Bürgeramt</source>
        <translation>Bürgeramt</translation>
    </message>
    <message>
        <source>Standesamt</source>
        <translation>Standesamt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>an IANA name such as Europe/Berlin</source>
        <translation>ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Wait target</source>
        <translation>Wartezeitziel</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>one to three letters A–Z, printed before the ticket number</source>
        <translation>ein bis drei Buchstaben A–Z, vor der Wartenummer gedruckt</translation>
    </message>
    <message>
        <source>Bookable online</source>
        <translation>Online buchbar</translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation>Übliche Dauer</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>First wedding</source>
        <translation>Erste Trauung</translation>
    </message>
    <message>
        <source>Last wedding</source>
        <translation>Letzte Trauung</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Dauer je Trauung</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>letters, digits and . _ @ - only</source>
        <translation>nur Buchstaben, Ziffern und . _ @ -</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Ämter</translation>
    </message>
    <message>
        <source>New password due</source>
        <translation>Neues Passwort fällig</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>every office</source>
        <translation>alle Ämter</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Bitte mitbringen</translation>
    </message>
    <message>
        <source>Cancel or rebook</source>
        <translation>Absagen oder umbuchen</translation>
    </message>
    <message>
        <source>Statistics per counter</source>
        <translation>Statistik je Schalter</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>AdministrationWorkspace</name>
    <message>
        <source>The Bürgerämter and Standesämter of the city. An office is never deleted: retired, it keeps its history but takes no new tickets or bookings.</source>
        <translation>Die Bürgerämter und Standesämter der Stadt. Ein Amt wird nie gelöscht: Stillgelegt behält es seine Geschichte, nimmt aber keine neuen Nummern oder Buchungen mehr an.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Neues Amt</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Still&amp;legen…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>Retire the office &quot;%1&quot;?</source>
        <translation>Das Amt „%1“ stilllegen?</translation>
    </message>
    <message>
        <source>It takes no new tickets or bookings afterwards. Waiting tickets and coming appointments must be dealt with first.</source>
        <translation>Danach nimmt es keine neuen Nummern oder Buchungen mehr an. Wartende Nummern und kommende Termine müssen vorher erledigt sein.</translation>
    </message>
    <message>
        <source>No offices yet. Create the first one with New… (Ctrl+N).</source>
        <translation>Noch keine Ämter. Legen Sie das erste mit Neu… (Strg+N) an.</translation>
    </message>
    <message>
        <source>What visitors come for. The prefix goes before the ticket number (A 017); the typical duration plans appointment slots until Tresen has learned the real one.</source>
        <translation>Weswegen Besucher kommen. Das Kürzel steht vor der Wartenummer (A 017); die übliche Dauer plant die Terminzeiten, bis Tresen die tatsächliche gelernt hat.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Dienstleistung</translation>
    </message>
    <message>
        <source>Retire the service &quot;%1&quot;?</source>
        <translation>Die Dienstleistung „%1“ stilllegen?</translation>
    </message>
    <message>
        <source>It takes no new tickets or appointments afterwards; counters stop offering it.</source>
        <translation>Danach nimmt sie keine neuen Nummern oder Termine mehr an; die Schalter bieten sie nicht mehr an.</translation>
    </message>
    <message>
        <source>This office offers no services yet. Create one with New… (Ctrl+N).</source>
        <translation>Dieses Amt bietet noch keine Dienstleistungen an. Legen Sie eine mit Neu… (Strg+N) an.</translation>
    </message>
    <message>
        <source>The counters of an office and the services each one serves. A clerk calls only tickets of the counter&apos;s services.</source>
        <translation>Die Schalter eines Amtes und die Dienstleistungen, die jeder bedient. Aufgerufen werden nur Nummern der Dienstleistungen des Schalters.</translation>
    </message>
    <message>
        <source>New counter</source>
        <translation>Neuer Schalter</translation>
    </message>
    <message>
        <source>Retire the counter &quot;%1&quot;?</source>
        <translation>Den Schalter „%1“ stilllegen?</translation>
    </message>
    <message>
        <source>No clerk can call at it afterwards.</source>
        <translation>Danach kann an ihm niemand mehr aufrufen.</translation>
    </message>
    <message>
        <source>This office has no counters yet. Create one with New… (Ctrl+N).</source>
        <translation>Dieses Amt hat noch keine Schalter. Legen Sie einen mit Neu… (Strg+N) an.</translation>
    </message>
    <message>
        <source>The Standesamt&apos;s wedding rooms and their slot rule: on which days, from the first to the last start, how long each wedding takes. Free slots follow a changed rule; booked ones stay.</source>
        <translation>Die Trauzimmer des Standesamts und ihre Zeitenregel: an welchen Tagen, von der ersten bis zur letzten Trauung, wie lange jede dauert. Freie Zeiten folgen einer geänderten Regel; gebuchte bleiben.</translation>
    </message>
    <message>
        <source>New wedding room</source>
        <translation>Neues Trauzimmer</translation>
    </message>
    <message>
        <source>Retire the wedding room &quot;%1&quot;?</source>
        <translation>Das Trauzimmer „%1“ stilllegen?</translation>
    </message>
    <message>
        <source>No new weddings can be booked in it. Coming weddings must be moved first.</source>
        <translation>Danach können dort keine Trauungen mehr gebucht werden. Kommende Trauungen müssen vorher verlegt sein.</translation>
    </message>
    <message>
        <source>No wedding rooms in this Standesamt yet. Create one with New… (Ctrl+N).</source>
        <translation>Dieses Standesamt hat noch keine Trauzimmer. Legen Sie eines mit Neu… (Strg+N) an.</translation>
    </message>
    <message>
        <source>Everyone who logs in, and the devices (call displays, kiosks). Without an office an account works in every office; a device belongs to exactly one. Disabling ends the account&apos;s sessions at once.</source>
        <translation>Alle, die sich anmelden, und die Geräte (Aufrufanzeigen, Ticketautomaten). Ohne Amt arbeitet ein Konto in allen Ämtern; ein Gerät gehört zu genau einem. Deaktivieren beendet die Sitzungen des Kontos sofort.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>Deakti&amp;vieren…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot;?</source>
        <translation>Das Konto „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Its sessions end at once and it can no longer log in. Its entries in the audit log stay.</source>
        <translation>Seine Sitzungen enden sofort, und es kann sich nicht mehr anmelden. Seine Einträge im Protokoll bleiben.</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Keine Konten.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Pass&amp;wort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>Ämte&amp;r</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Dienstleistungen</translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Öffnungs&amp;zeiten</translation>
    </message>
    <message>
        <source>&amp;Wedding rooms</source>
        <translation>Tra&amp;uzimmer</translation>
    </message>
    <message>
        <source>&amp;Accounts and devices</source>
        <translation>&amp;Konten und Geräte</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>%1, retired</source>
        <translation>%1, stillgelegt</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new password?</source>
        <translation>„%1“ ein neues Passwort geben?</translation>
    </message>
    <message>
        <source>Their sessions end at once. A person must choose an own password at the next login.</source>
        <translation>Die Sitzungen enden sofort. Eine Person muss bei der nächsten Anmeldung ein eigenes Passwort wählen.</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Pass&amp;wort zurücksetzen</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset.</source>
        <translation>Das Passwort von „%1“ wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is:</source>
        <translation>Das neue Passwort von „%1“ lautet:</translation>
    </message>
    <message>
        <source>It is shown only now. Pass it on in person, never by e-mail.</source>
        <translation>Es wird nur jetzt angezeigt. Geben Sie es persönlich weiter, nie per E-Mail.</translation>
    </message>
    <message>
        <source>Show &amp;disabled</source>
        <translation>Deaktivierte ze&amp;igen</translation>
    </message>
    <message>
        <source>Load every table again</source>
        <translation>Alle Tabellen neu laden</translation>
    </message>
    <message>
        <source>Opening hours of %1</source>
        <translation>Öffnungszeiten von %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Service %1</source>
        <translation>Dienstleistung %1</translation>
    </message>
    <message>
        <source>Appointment %1, %2</source>
        <translation>Termin %1, %2</translation>
    </message>
    <message>
        <source>Please enter the citizen&apos;s name.</source>
        <translation>Bitte den Namen der Bürgerin oder des Bürgers eingeben.</translation>
    </message>
    <message>
        <source>Please choose a service.</source>
        <translation>Bitte eine Dienstleistung wählen.</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>%1 buchen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Change contact of %1</source>
        <translation>Kontaktdaten von %1 ändern</translation>
    </message>
    <message>
        <source>Only a booked appointment can be cancelled.</source>
        <translation>Nur ein gebuchter Termin kann storniert werden.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as missed.</source>
        <translation>Nur ein gebuchter Termin kann als nicht wahrgenommen markiert werden.</translation>
    </message>
    <message>
        <source>Mark %1 as missed</source>
        <translation>%1 als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking code. A booking code has 8 characters, e.g. K7M2-9QXP.</source>
        <translation>„%1“ ist kein Buchungscode. Ein Buchungscode hat 8 Zeichen, z. B. K7M2-9QXP.</translation>
    </message>
    <message>
        <source>%1 has already been checked in.</source>
        <translation>%1 ist bereits eingecheckt.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde storniert.</translation>
    </message>
    <message>
        <source>%1 was marked as missed.</source>
        <translation>%1 wurde als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>%1 has not reached the server yet.</source>
        <translation>%1 ist noch nicht beim Server angekommen.</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <source>Check in booking code %1</source>
        <translation>Buchungscode %1 einchecken</translation>
    </message>
    <message>
        <source>The time was booked up meanwhile. Please choose another time.</source>
        <translation>Die Zeit ist inzwischen ausgebucht. Bitte eine andere Zeit wählen.</translation>
    </message>
    <message>
        <source>The time has passed. Please choose another time.</source>
        <translation>Die Zeit ist schon vorbei. Bitte eine andere Zeit wählen.</translation>
    </message>
    <message>
        <source>The time is not bookable (opening hours or slot length). Please choose a suggested time.</source>
        <translation>Diese Zeit ist nicht buchbar (Öffnungszeiten oder Terminlänge). Bitte eine vorgeschlagene Zeit wählen.</translation>
    </message>
    <message>
        <source>Someone else changed this appointment meanwhile. Your change was undone; please look at the appointment again.</source>
        <translation>Jemand anderes hat diesen Termin inzwischen geändert. Ihre Änderung wurde zurückgenommen; bitte den Termin noch einmal ansehen.</translation>
    </message>
    <message>
        <source>The appointment is no longer open (checked in, cancelled or done).</source>
        <translation>Der Termin ist nicht mehr offen (eingecheckt, storniert oder erledigt).</translation>
    </message>
    <message>
        <source>This appointment has already been checked in.</source>
        <translation>Dieser Termin ist bereits eingecheckt.</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>Dieser Termin wurde storniert.</translation>
    </message>
    <message>
        <source>This appointment was marked as missed.</source>
        <translation>Dieser Termin wurde als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>This appointment is not today.</source>
        <translation>Dieser Termin ist nicht heute.</translation>
    </message>
    <message>
        <source>The contact data of this appointment has been removed (retention period).</source>
        <translation>Die Kontaktdaten dieses Termins wurden gelöscht (Aufbewahrungsfrist).</translation>
    </message>
    <message>
        <source>The server does not know this appointment or booking code.</source>
        <translation>Der Server kennt diesen Termin oder Buchungscode nicht.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>Der Server hat die Änderung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Ticket number: %1</source>
        <translation>Dieser Termin ist bereits eingecheckt. Wartenummer: %1</translation>
    </message>
    <message>
        <source>%1 has already been checked in. Ticket number: %2</source>
        <translation>%1 ist bereits eingecheckt. Wartenummer: %2</translation>
    </message>
    <message>
        <source>%1 is not among today&apos;s appointments known to this computer. Without a connection to the server only those can be checked in. Please check the code, or issue a ticket at the front desk.</source>
        <translation>%1 ist nicht unter den heutigen Terminen, die dieser Computer kennt. Ohne Verbindung zum Server können nur diese eingecheckt werden. Bitte prüfen Sie den Code oder geben Sie am Empfang eine Wartenummer aus.</translation>
    </message>
    <message>
        <source>%1 is not today.</source>
        <translation>%1 ist nicht heute.</translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmation</name>
    <message>
        <source>Appointment confirmation</source>
        <translation>Terminbestätigung</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2 Uhr</translation>
    </message>
    <message numerus="yes">
        <source>%1 (about %n minutes)</source>
        <translation>
            <numerusform>%1 (etwa %n Minute)</numerusform>
            <numerusform>%1 (etwa %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ihr Buchungscode</translation>
    </message>
    <message>
        <source>Appointment confirmation %1</source>
        <translation>Terminbestätigung %1</translation>
    </message>
    <message>
        <source>Scan the QR code at the entrance or give the code at the counter to check in; you will then be called by your number.</source>
        <translation>Zum Einchecken scannen Sie den QR-Code am Eingang oder nennen den Code am Schalter; danach werden Sie mit Ihrer Nummer aufgerufen.</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Bitte mitbringen</translation>
    </message>
    <message>
        <source>• this confirmation and your identity card or passport</source>
        <translation>• diese Bestätigung und Ihren Personalausweis oder Reisepass</translation>
    </message>
    <message>
        <source>• this confirmation</source>
        <translation>• diese Bestätigung</translation>
    </message>
    <message>
        <source>Cancel or rebook</source>
        <translation>Absagen oder umbuchen</translation>
    </message>
    <message>
        <source>Cannot come? Please cancel or rebook in good time with your booking code, by phone or at the counter, so that someone else can have the time.</source>
        <translation>Sie können nicht kommen? Bitte sagen Sie rechtzeitig ab oder buchen Sie um – mit Ihrem Buchungscode, telefonisch oder am Schalter –, damit jemand anderes den Termin bekommt.</translation>
    </message>
</context>
<context>
    <name>AppointmentDayModel</name>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>This change is waiting to be sent to the server.</source>
        <translation>Diese Änderung wartet darauf, an den Server übertragen zu werden.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(after sending)</source>
        <translation>(nach Übertragung)</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (noch nicht übertragen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked via</source>
        <translation>Gebucht über</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Change appointment</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>e.g. brings the form, needs an interpreter</source>
        <translation>z. B. bringt Formular mit, braucht Dolmetscher</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienstleistung:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Free &amp;times:</source>
        <translation>&amp;Freie Zeiten:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Booked &amp;via:</source>
        <translation>Gebucht &amp;über:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>The contact data was removed after the retention period.</source>
        <translation>Die Kontaktdaten wurden nach Ablauf der Aufbewahrungsfrist gelöscht.</translation>
    </message>
    <message>
        <source>Offline: free times cannot be shown. Enter a time; the server checks it when the connection is back, and tells you if it is taken.</source>
        <translation>Offline: Freie Zeiten können nicht angezeigt werden. Geben Sie eine Uhrzeit ein; der Server prüft sie, sobald die Verbindung wieder steht, und meldet, falls sie vergeben ist.</translation>
    </message>
    <message>
        <source>Loading free times…</source>
        <translation>Freie Zeiten werden geladen…</translation>
    </message>
    <message>
        <source>Free times could not be loaded (%1). You can still enter a time.</source>
        <translation>Freie Zeiten konnten nicht geladen werden (%1). Sie können trotzdem eine Uhrzeit eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n frei)</numerusform>
            <numerusform>%1 (%n frei)</numerusform>
        </translation>
    </message>
    <message>
        <source>No free times on this day. Please try another day.</source>
        <translation>An diesem Tag ist nichts mehr frei. Bitte einen anderen Tag versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s). Choose one; Enter goes on to the name.</source>
        <translation>
            <numerusform>%n freie Zeit. Wählen; Eingabe springt zum Namen.</numerusform>
            <numerusform>%n freie Zeiten. Eine wählen; Eingabe springt zum Namen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentSearchModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AppointmentWeekModel</name>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n frei</numerusform>
            <numerusform>%n frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n gebucht</numerusform>
            <numerusform>%n gebucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) free</source>
        <translation>
            <numerusform>%1 von %n Platz frei</numerusform>
            <numerusform>%1 von %n Plätzen frei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Type or scan the booking code, then Enter</source>
        <translation>Buchungscode eintippen oder scannen, dann Eingabe</translation>
    </message>
    <message>
        <source>Chec&amp;k in:</source>
        <translation>Ein&amp;checken:</translation>
    </message>
    <message>
        <source>Previous day or week (%1)</source>
        <translation>Vorheriger Tag bzw. Woche (%1)</translation>
    </message>
    <message>
        <source>Next day or week (%1)</source>
        <translation>Nächster Tag bzw. Woche (%1)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Double-click a cell to open that day.</source>
        <translation>Doppelklick auf ein Feld öffnet den Tag.</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>An diesem Tag gibt es keine Termine.</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Neuer Termin…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin stornieren</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Book a new appointment</source>
        <translation>Neuen Termin buchen</translation>
    </message>
    <message>
        <source>Change the selected appointment</source>
        <translation>Den gewählten Termin ändern</translation>
    </message>
    <message>
        <source>Check in the selected appointment</source>
        <translation>Den gewählten Termin einchecken</translation>
    </message>
    <message>
        <source>Print or save the confirmation</source>
        <translation>Bestätigung drucken oder speichern</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Vorheriger Tag bzw. Woche</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Nächster Tag bzw. Woche</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Den gewählten Termin stornieren</translation>
    </message>
    <message>
        <source>Search appointments</source>
        <translation>Termine durchsuchen</translation>
    </message>
    <message>
        <source>Go to the check-in field</source>
        <translation>Zum Eincheck-Feld</translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation>Nicht ausgeführt: %1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✓ %1 (%2) is checked in. Ticket number: %3</source>
        <translation>✓ %1 (%2) ist eingecheckt. Wartenummer: %3</translation>
    </message>
    <message>
        <source>Booked: %1 on %2, booking code %3.</source>
        <translation>Gebucht: %1 am %2, Buchungscode %3.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienstleistungen</translation>
    </message>
    <message>
        <source>No appointments on this day. Book one with %1.</source>
        <translation>An diesem Tag gibt es keine Termine. Mit %1 einen buchen.</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gerade übertragen</translation>
    </message>
    <message>
        <source>will be sent when the connection is back</source>
        <translation>wird übertragen, sobald die Verbindung wieder steht</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent (%1). Nothing is lost.</source>
        <translation>
            <numerusform>%n Änderung wartet auf Übertragung (%1). Es geht nichts verloren.</numerusform>
            <numerusform>%n Änderungen warten auf Übertragung (%1). Es geht nichts verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation>%1 wird eingecheckt…</translation>
    </message>
    <message>
        <source>%1 will be checked in when the connection is back; the ticket number follows then.</source>
        <translation>%1 wird eingecheckt, sobald die Verbindung wieder steht; die Wartenummer folgt dann.</translation>
    </message>
    <message>
        <source>There are no services yet; the workstation is still syncing.</source>
        <translation>Noch keine Dienstleistungen da; der Arbeitsplatz synchronisiert noch.</translation>
    </message>
    <message>
        <source>Booked on this computer; it is sent when the connection is back. The booking code follows then.</source>
        <translation>Auf diesem Rechner gebucht; die Buchung wird übertragen, sobald die Verbindung wieder steht. Der Buchungscode folgt dann.</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2? The time becomes free for others.</source>
        <translation>Den Termin von %1 am %2 stornieren? Die Zeit wird für andere frei.</translation>
    </message>
    <message>
        <source>Mark the appointment of %1 as missed?</source>
        <translation>Den Termin von %1 als nicht erschienen markieren?</translation>
    </message>
    <message>
        <source>The confirmation is printing.</source>
        <translation>Die Bestätigung wird gedruckt.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved to %1.</source>
        <translation>Die Bestätigung konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>No printer is set up. The confirmation was saved as %1 (to print or send by e-mail).</source>
        <translation>Kein Drucker eingerichtet. Die Bestätigung wurde als %1 gespeichert (zum Drucken oder Versenden per E-Mail).</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Search all days for a name or code (%1)</source>
        <translation>Alle Tage nach Name oder Code durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation>Termine der Woche</translation>
    </message>
    <message>
        <source>Enter or double-click opens the appointment&apos;s day.</source>
        <translation>Eingabe oder Doppelklick öffnet den Tag des Termins.</translation>
    </message>
    <message>
        <source>No appointment on any day matches &quot;%1&quot;.</source>
        <translation>Kein Termin an irgendeinem Tag passt zu „%1“.</translation>
    </message>
    <message>
        <source>Only the first %1 matches are shown; type more of the name or code.</source>
        <translation>Nur die ersten %1 Treffer werden gezeigt; geben Sie mehr vom Namen oder Code ein.</translation>
    </message>
    <message>
        <source>%1. The slip is printing.</source>
        <translation>%1. Der Zettel wird gedruckt.</translation>
    </message>
    <message>
        <source>%1. The slip could not be saved as PDF in %2; please tell the visitor the number.</source>
        <translation>%1. Der Zettel konnte nicht als PDF in %2 gespeichert werden; bitte nennen Sie der Person die Nummer.</translation>
    </message>
    <message>
        <source>%1. No printer is set up: the slip was saved as %2.</source>
        <translation>%1. Kein Drucker eingerichtet: Der Zettel wurde als %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Login blocked (too many tries)</source>
        <translation>Anmeldung gesperrt (zu viele Versuche)</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>Own password change refused</source>
        <translation>Eigene Passwortänderung abgelehnt</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Office created</source>
        <translation>Amt angelegt</translation>
    </message>
    <message>
        <source>Office changed</source>
        <translation>Amt geändert</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>Dienstleistung angelegt</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Dienstleistung geändert</translation>
    </message>
    <message>
        <source>Counter created</source>
        <translation>Schalter angelegt</translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation>Schalter geändert</translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation>Öffnungszeiten geändert</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>Einstellungen des Amtes geändert</translation>
    </message>
    <message>
        <source>Wedding room created</source>
        <translation>Trauzimmer angelegt</translation>
    </message>
    <message>
        <source>Wedding room changed</source>
        <translation>Trauzimmer geändert</translation>
    </message>
    <message>
        <source>Setup file applied</source>
        <translation>Einrichtungsdatei angewandt</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>Protokoll gelesen</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Protokoll exportiert</translation>
    </message>
    <message>
        <source>Personal data searched</source>
        <translation>Personenbezogene Daten gesucht</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personenbezogene Daten ausgegeben</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>Deleted after retention time</source>
        <translation>Nach Ablauf der Aufbewahrungsfrist gelöscht</translation>
    </message>
    <message>
        <source>Own password change blocked (too many tries)</source>
        <translation>Eigene Passwortänderung gesperrt (zu viele Versuche)</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Termin gebucht</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Termin storniert</translation>
    </message>
    <message>
        <source>Wedding slot reserved</source>
        <translation>Trautermin reserviert</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Dokument angehängt</translation>
    </message>
    <message>
        <source>Payment looked up</source>
        <translation>Zahlung nachgeschlagen</translation>
    </message>
    <message>
        <source>Offline changes discarded</source>
        <translation>Offline-Änderungen verworfen</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who changed or read what, newest first. Every entry is chained to the one before it (tresen-server audit verify). Reading and exporting the log are recorded too.</source>
        <translation>Wer was geändert oder gelesen hat, das Neueste zuerst. Jeder Eintrag ist mit dem vorigen verkettet (tresen-server audit verify). Auch das Lesen und Exportieren des Protokolls wird festgehalten.</translation>
    </message>
    <message>
        <source>every login</source>
        <translation>alle Anmeldungen</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>&amp;More entries</source>
        <translation>&amp;Weitere Einträge</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <source>No entries match this filter.</source>
        <translation>Keine Einträge passen zu diesem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The audit log was exported to %1.</source>
        <translation>Das Protokoll wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Protokolls</translation>
    </message>
</context>
<context>
    <name>BackendClient</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this with your role.</source>
        <translation>Mit Ihrer Rolle ist diese Aktion nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Please try again shortly.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>User name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login was not understood.</source>
        <translation>Die Antwort des Servers auf die Anmeldung war unverständlich.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON. Is the address really a Tresen server?</source>
        <translation>Der Server hat eine ungültige Antwort geschickt. Ist die Adresse wirklich ein Tresen-Server?</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). Check the address and the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (%1). Bitte prüfen Sie die Adresse und das Zertifikat des Servers.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Please wait %n second(s) and try again, or ask your administrator.</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer. Bitte warten Sie %n Sekunde und versuchen Sie es dann erneut, oder wenden Sie sich an Ihre Administration.</numerusform>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer. Bitte warten Sie %n Sekunden und versuchen Sie es dann erneut, oder wenden Sie sich an Ihre Administration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallBoard</name>
    <message>
        <source>Number %1, please go to %2.</source>
        <translation>Nummer %1, bitte zu %2.</translation>
    </message>
</context>
<context>
    <name>CallDisplayWindow</name>
    <message>
        <source>Tresen – call display</source>
        <translation>Tresen – Aufrufanzeige</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>Bitte warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <source>● Connection lost – this display may not be up to date</source>
        <translation>● Verbindung unterbrochen – die Anzeige ist eventuell nicht aktuell</translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation>Letzte Aufrufe</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Es warten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Please go to the counter shown when your number appears.</source>
        <translation>Wenn Ihre Nummer erscheint, gehen Sie bitte zum angezeigten Schalter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n waiting, about %3 min</source>
        <translation>
            <numerusform>%1 %2: %n wartet, etwa %3 Min.</numerusform>
            <numerusform>%1 %2: %n warten, etwa %3 Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
</context>
<context>
    <name>ChangeFeedHost</name>
    <message>
        <source>Cannot listen for other servers&apos; changes: %1</source>
        <translation>Die Änderungen der anderen Server können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Live connection to the server.</source>
        <translation>Live-Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost – reconnecting in %n s</source>
        <translation>
            <numerusform>Verbindung unterbrochen – neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung unterbrochen – neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again now.</source>
        <translation>Klicken, um es sofort erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>Choose the counter of this workstation first (at the top).</source>
        <translation>Bitte wählen Sie zuerst oben den Schalter dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>No connection to the server. Calling is possible again as soon as the connection is back; nothing is lost.</source>
        <translation>Keine Verbindung zum Server. Aufrufen ist wieder möglich, sobald die Verbindung steht; es geht nichts verloren.</translation>
    </message>
    <message>
        <source>This counter still has a visitor. Finish or put them back first.</source>
        <translation>An diesem Schalter ist noch jemand. Bitte erst abschließen oder zurückstellen.</translation>
    </message>
    <message>
        <source>The ticket was changed in the meantime; the view is up to date again.</source>
        <translation>Der Vorgang wurde inzwischen geändert; die Anzeige ist wieder aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>Please call once more first: a visitor is called %n time(s) before being marked as not come.</source>
        <translation>
            <numerusform>Bitte erst noch einmal aufrufen: Eine Person wird %n-mal aufgerufen, bevor sie als nicht erschienen gilt.</numerusform>
            <numerusform>Bitte erst noch einmal aufrufen: Eine Person wird %n-mal aufgerufen, bevor sie als nicht erschienen gilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Für diesen Schalter wartet niemand.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a ticket.</source>
        <translation>Die Antwort des Servers ist kein Ticket.</translation>
    </message>
    <message>
        <source>It is too late to take this back.</source>
        <translation>Das kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 marked as not come.</source>
        <translation>%1 als nicht erschienen vermerkt.</translation>
    </message>
    <message>
        <source>%1 transferred to the service %2, keeping its place in line.</source>
        <translation>%1 an die Dienstleistung %2 weitergeleitet, mit seinem Platz in der Reihe.</translation>
    </message>
    <message>
        <source>%1 transferred to %2, keeping its place in line.</source>
        <translation>%1 an %2 weitergeleitet, mit seinem Platz in der Reihe.</translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation>Nummer %1 storniert.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig</translation>
    </message>
    <message>
        <source>%1 is called at this counter again.</source>
        <translation>%1 ist wieder an diesen Schalter aufgerufen.</translation>
    </message>
    <message>
        <source>%1 is waiting again, at its old place in line.</source>
        <translation>%1 wartet wieder, an seinem alten Platz in der Reihe.</translation>
    </message>
    <message>
        <source>The service is not known on this computer.</source>
        <translation>Die Dienstleistung ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2), issued without connection</source>
        <translation>Nummer %1 (%2), ohne Verbindung ausgegeben</translation>
    </message>
    <message>
        <source>This counter has called someone else since; the ticket cannot come back to it. Issue a new ticket if the visitor is here.</source>
        <translation>Dieser Schalter hat inzwischen jemand anderen aufgerufen; das Ticket kann nicht zu ihm zurück. Ist die Person da, bitte ein neues Ticket ausgeben.</translation>
    </message>
    <message>
        <source>Another clerk marked this ticket; only they can take it back.</source>
        <translation>Dieses Ticket hat jemand anderes markiert; nur diese Person kann es zurücknehmen.</translation>
    </message>
    <message>
        <source>The server did not answer; the ticket may have been issued. Look in the queue before issuing it again.</source>
        <translation>Der Server hat nicht geantwortet; das Ticket ist vielleicht schon ausgegeben. Bitte erst in der Warteschlange nachsehen, bevor Sie es erneut ausgeben.</translation>
    </message>
</context>
<context>
    <name>CounterFiguresModel</name>
    <message>
        <source>Counter %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bedienzeit</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>CounterWorkspace</name>
    <message>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>At this counter</source>
        <translation>An diesem Schalter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienstleistung:</translation>
    </message>
    <message>
        <source>Issue a ticket (front desk)</source>
        <translation>Ticket ausgeben (Empfang)</translation>
    </message>
    <message>
        <source>optional, e.g. interpreter needed</source>
        <translation>optional, z. B. Dolmetscher nötig</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienstleistung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Vorrang:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Erneut aufrufen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Put back in line</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <source>Mark %1 as not come? The ticket cannot be called again.</source>
        <translation>%1 als nicht erschienen markieren? Das Ticket kann dann nicht mehr aufgerufen werden.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienstleistungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · call %2 · waited %n min (since %3)</source>
        <translation>
            <numerusform>%1 · %2. Aufruf · wartete %n Min. (seit %3)</numerusform>
            <numerusform>%1 · %2. Aufruf · wartete %n Min. (seit %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Nobody at this counter. Press F5 to call the next visitor.</source>
        <translation>Niemand am Schalter. Mit F5 rufen Sie die nächste Person auf.</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Ticket stornieren</translation>
    </message>
    <message>
        <source>Cancel ticket %1? The visitor leaves the queue.</source>
        <translation>Ticket %1 stornieren? Die Person verlässt die Warteschlange.</translation>
    </message>
    <message>
        <source>The ticket could not be issued: %1</source>
        <translation>Das Ticket konnte nicht ausgegeben werden: %1</translation>
    </message>
    <message>
        <source>Ticket %1 issued and printed.</source>
        <translation>Ticket %1 ausgegeben und gedruckt.</translation>
    </message>
    <message>
        <source>Ticket %1 issued, but it could not be saved as PDF in %2.</source>
        <translation>Ticket %1 ausgegeben, konnte aber nicht als PDF in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>Ticket %1 issued. No printer is set up: saved as %2.</source>
        <translation>Ticket %1 ausgegeben. Kein Drucker eingerichtet: gespeichert als %2.</translation>
    </message>
    <message>
        <source>Cancel ticket (%1)</source>
        <translation>Ticket stornieren (%1)</translation>
    </message>
    <message>
        <source>Issue and print ticket (%1)</source>
        <translation>Ticket ausgeben und drucken (%1)</translation>
    </message>
    <message>
        <source>Cancel the selected waiting ticket</source>
        <translation>Das gewählte wartende Ticket stornieren</translation>
    </message>
    <message>
        <source>Issue and print a ticket (front desk)</source>
        <translation>Ticket ausgeben und drucken (Empfang)</translation>
    </message>
    <message>
        <source>Show or hide the front desk</source>
        <translation>Empfang ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Waiting queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Nobody is waiting. New tickets appear here as soon as they are issued.</source>
        <translation>Niemand wartet. Neue Nummern erscheinen hier, sobald sie ausgegeben sind.</translation>
    </message>
    <message>
        <source>★ priority: called before the others</source>
        <translation>★ Vorrang: wird vor den anderen aufgerufen</translation>
    </message>
    <message>
        <source>0 = normal. Higher numbers are called first (e.g. for people who cannot wait long); marked ★ in the queue.</source>
        <translation>0 = normal. Höhere Werte werden zuerst aufgerufen (z. B. für Menschen, die nicht lange warten können); in der Warteschlange mit ★ markiert.</translation>
    </message>
    <message>
        <source>Undo the last no-show or cancellation</source>
        <translation>Letztes „Nicht erschienen“ oder Stornieren rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>The front desk goes on issuing tickets from this workstation&apos;s reserve numbers (%n left); they join the queue when the connection is back.</source>
        <translation>
            <numerusform>Der Empfang gibt weiter Nummern aus den Reservenummern dieses Arbeitsplatzes aus (noch %n); sie reihen sich ein, sobald die Verbindung zurück ist.</numerusform>
            <numerusform>Der Empfang gibt weiter Nummern aus den Reservenummern dieses Arbeitsplatzes aus (noch %n); sie reihen sich ein, sobald die Verbindung zurück ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation has no reserve numbers for today, so no tickets can be issued until the connection is back.</source>
        <translation>Dieser Arbeitsplatz hat für heute keine Reservenummern; bis die Verbindung zurück ist, können keine Nummern ausgegeben werden.</translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation>%1 rückgängig (%2)</translation>
    </message>
    <message>
        <source>Issued without connection: it joins the queue as soon as the connection is back.</source>
        <translation>Ohne Verbindung ausgegeben: Die Nummer reiht sich ein, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>&amp;Seen</source>
        <translation>&amp;Gesehen</translation>
    </message>
    <message>
        <source>Hide this list once the visitors have been looked after.</source>
        <translation>Die Liste ausblenden, sobald diese Besucher versorgt sind.</translation>
    </message>
    <message>
        <source>The server did not take these tickets issued without connection. Their visitors hold slips that will not be called; please call them up yourself:</source>
        <translation>Diese ohne Verbindung ausgegebenen Tickets hat der Server nicht angenommen. Ihre Besucher halten Zettel, die nicht aufgerufen werden; bitte rufen Sie sie selbst auf:</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation>Die SQLite-Adresse nennt keine Datei.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must look like postgresql://user@host/dbname.</source>
        <translation>Die PostgreSQL-Adresse muss so aussehen: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://…</source>
        <translation>Unbekannte Datenbankadresse „%1“: bitte sqlite:PFAD oder postgresql://… verwenden.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation>Die PDF-Datei kann nicht gelesen werden: Sie ist beschädigt oder kein PDF.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>Die PDF-Datei ist mit einem Passwort geschützt.</translation>
    </message>
    <message>
        <source>The password for the PDF is not right.</source>
        <translation>Das Passwort für die PDF-Datei stimmt nicht.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Die PDF-Datei hat keine Seiten.</translation>
    </message>
</context>
<context>
    <name>DocumentUpload</name>
    <message>
        <source>The document could not be prepared for sending.</source>
        <translation>Das Dokument konnte nicht zum Senden vorbereitet werden.</translation>
    </message>
    <message>
        <source>The server does not know this case.</source>
        <translation>Der Server kennt diesen Vorgang nicht.</translation>
    </message>
</context>
<context>
    <name>EPayBlProvider</name>
    <message>
        <source>The payment provider reports an error (%1).</source>
        <translation>Der Zahlungsdienstleister meldet einen Fehler (%1).</translation>
    </message>
    <message>
        <source>The payment provider&apos;s answer is not valid.</source>
        <translation>Die Antwort des Zahlungsdienstleisters ist ungültig.</translation>
    </message>
</context>
<context>
    <name>EpcQr</name>
    <message>
        <source>The payment code is longer than the 331 bytes the standard allows.</source>
        <translation>Der Zahlungscode ist länger als die 331 Byte, die der Standard erlaubt.</translation>
    </message>
    <message>
        <source>The payment code ends too early: name and IBAN are missing.</source>
        <translation>Der Zahlungscode endet zu früh: Name und IBAN fehlen.</translation>
    </message>
    <message>
        <source>The payment code has more than the 12 lines the standard allows.</source>
        <translation>Der Zahlungscode hat mehr als die 12 Zeilen, die der Standard erlaubt.</translation>
    </message>
    <message>
        <source>Unknown payment code version &quot;%1&quot; (001 or 002 expected).</source>
        <translation>Unbekannte Version „%1“ des Zahlungscodes (001 oder 002 erwartet).</translation>
    </message>
    <message>
        <source>Unknown character set &quot;%1&quot; (1 to 8 expected).</source>
        <translation>Unbekannter Zeichensatz „%1“ (1 bis 8 erwartet).</translation>
    </message>
    <message>
        <source>The text does not match the character set the code names.</source>
        <translation>Der Text passt nicht zu dem Zeichensatz, den der Code angibt.</translation>
    </message>
    <message>
        <source>The identification must be SCT (SEPA credit transfer).</source>
        <translation>Die Kennung muss SCT (SEPA-Überweisung) sein.</translation>
    </message>
    <message>
        <source>Version 001 needs a BIC.</source>
        <translation>Version 001 braucht eine BIC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid BIC (8 or 11 letters and digits).</source>
        <translation>„%1“ ist keine gültige BIC (8 oder 11 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation>Der Name des Zahlungsempfängers fehlt.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is longer than 70 characters.</source>
        <translation>Der Name des Zahlungsempfängers ist länger als 70 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN (wrong format or check digits).</source>
        <translation>„%1“ ist keine gültige IBAN (Format oder Prüfziffern falsch).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount (EUR and at most two decimals, e.g. EUR12.3).</source>
        <translation>„%1“ ist kein gültiger Betrag (EUR und höchstens zwei Nachkommastellen, z. B. EUR12.3).</translation>
    </message>
    <message>
        <source>The amount must be between EUR 0.01 and EUR 999,999,999.99.</source>
        <translation>Der Betrag muss zwischen 0,01 EUR und 999.999.999,99 EUR liegen.</translation>
    </message>
    <message>
        <source>The purpose code has at most 4 letters or digits.</source>
        <translation>Der Verwendungsschlüssel hat höchstens 4 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>A payment code has either a structured reference or a text, never both.</source>
        <translation>Ein Zahlungscode hat entweder eine strukturierte Referenz oder einen Text, nie beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid creditor reference (RF and check digits).</source>
        <translation>„%1“ ist keine gültige Gläubigerreferenz (RF und Prüfziffern).</translation>
    </message>
    <message>
        <source>The remittance text is longer than 140 characters.</source>
        <translation>Der Verwendungszweck ist länger als 140 Zeichen.</translation>
    </message>
    <message>
        <source>The note is longer than 70 characters.</source>
        <translation>Der Hinweis ist länger als 70 Zeichen.</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Mean wait (min)</source>
        <translation>Mittlere Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The scan folder %1 cannot be reached.</source>
        <translation>Der Scan-Ordner %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 must be readable and writable (read documents are moved into its subfolder &quot;eingelesen&quot;).</source>
        <translation>Der Ordner %1 muss lesbar und beschreibbar sein (eingelesene Dokumente werden in seinen Unterordner &quot;eingelesen&quot; verschoben).</translation>
    </message>
</context>
<context>
    <name>FrontDeskNumbers</name>
    <message>
        <source>This workstation has no reserve numbers left for today. Tickets can be issued again as soon as the connection is back.</source>
        <translation>Dieser Arbeitsplatz hat für heute keine Reservenummern mehr. Nummern können wieder ausgegeben werden, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>The number could not be noted on this computer: %1</source>
        <translation>Die Nummer konnte auf diesem Computer nicht vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>No visitors in this period.</source>
        <translation>In diesem Zeitraum keine Besucher.</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 Min.</translation>
    </message>
    <message>
        <source>%1 min (target)</source>
        <translation>%1 Min. (Ziel)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Visitors arriving in that hour on an average day</source>
        <translation>Besucher, die an einem durchschnittlichen Tag in dieser Stunde kommen</translation>
    </message>
    <message>
        <source>%1, %2–%3 h</source>
        <translation>%1, %2–%3 Uhr</translation>
    </message>
    <message>
        <source>No visitors</source>
        <translation>Keine Besucher</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors on an average day (%n days)</source>
        <translation>
            <numerusform>%1 Besucher an einem durchschnittlichen Tag (%n Tag)</numerusform>
            <numerusform>%1 Besucher an einem durchschnittlichen Tag (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait %1 min</source>
        <translation>Mittlere Wartezeit %1 Min.</translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation>Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Longest mean wait on %1 at %2 h: %3 min</source>
        <translation>Längste mittlere Wartezeit am %1 um %2 Uhr: %3 Min.</translation>
    </message>
    <message>
        <source>Most visitors on %1 at %2 h: %3 on an average day</source>
        <translation>Die meisten Besucher am %1 um %2 Uhr: %3 an einem durchschnittlichen Tag</translation>
    </message>
    <message>
        <source>Mean wait of those who arrived in that hour</source>
        <translation>Mittlere Wartezeit derer, die in dieser Stunde kamen</translation>
    </message>
</context>
<context>
    <name>HeldWritesBanner</name>
    <message>
        <source>&amp;Send them</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the changes listed to the server as they are</source>
        <translation>Die aufgeführten Änderungen unverändert an den Server senden</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the changes listed (asks first)</source>
        <translation>Die aufgeführten Änderungen verwerfen (mit Rückfrage)</translation>
    </message>
    <message numerus="yes">
        <source>The server was reset to an earlier state (restored from a backup). %n change(s) made here had not reached it yet; they are not sent until you have checked them: some may already be done again, others may no longer fit.</source>
        <translation>
            <numerusform>Der Server wurde auf einen früheren Stand zurückgesetzt (aus einer Sicherung wiederhergestellt). %n Änderung von diesem Arbeitsplatz hatte ihn noch nicht erreicht; sie wird erst gesendet, wenn Sie sie geprüft haben: Manches ist vielleicht schon neu erfasst, anderes passt nicht mehr.</numerusform>
            <numerusform>Der Server wurde auf einen früheren Stand zurückgesetzt (aus einer Sicherung wiederhergestellt). %n Änderungen von diesem Arbeitsplatz hatten ihn noch nicht erreicht; sie werden erst gesendet, wenn Sie sie geprüft haben: Manches ist vielleicht schon neu erfasst, anderes passt nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n change(s) listed? They are not sent to the server and cannot be restored.</source>
        <translation>
            <numerusform>Die aufgeführte Änderung verwerfen? Sie wird nicht an den Server gesendet und lässt sich nicht wiederherstellen.</numerusform>
            <numerusform>Die %n aufgeführten Änderungen verwerfen? Sie werden nicht an den Server gesendet und lassen sich nicht wiederherstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageReader</name>
    <message>
        <source>The file is not an image or PDF that can be read (%1).</source>
        <translation>Die Datei ist kein lesbares Bild und kein PDF (%1).</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>Seite %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>Enter</source>
        <comment>the name of the Return/Enter key</comment>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>LocalDataDialogs</name>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Delete the local data of %1 on this workstation?</source>
        <translation>Die lokalen Daten von %1 auf diesem Arbeitsplatz löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of %1 have not reached the server yet. Deleting would lose them. Kept, they are sent when %1 logs in here again.</source>
        <translation>
            <numerusform>%n Änderung von %1 hat den Server noch nicht erreicht. Beim Löschen ginge sie verloren. Behalten, wird sie gesendet, wenn %1 sich hier wieder anmeldet.</numerusform>
            <numerusform>%n Änderungen von %1 haben den Server noch nicht erreicht. Beim Löschen gingen sie verloren. Behalten, werden sie gesendet, wenn %1 sich hier wieder anmeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on the server. The data is loaded again at the next login on this workstation.</source>
        <translation>Alles ist auf dem Server gespeichert. Die Daten werden bei der nächsten Anmeldung an diesem Arbeitsplatz neu geladen.</translation>
    </message>
    <message>
        <source>Delete and lose changes</source>
        <translation>Löschen, Änderungen gehen verloren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) of %1 that have not reached the server?</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung von %1 verwerfen?</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen von %1 verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are lost for good; %1 would have to make them again. The server&apos;s audit log records that you discarded them.</source>
        <translation>Sie gehen endgültig verloren; %1 müsste sie erneut vornehmen. Das Protokoll des Servers vermerkt, dass Sie sie verworfen haben.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The access rights of %1 cannot be narrowed.</source>
        <translation>Die Zugriffsrechte von %1 können nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This SQLite cannot erase deleted data (secure_delete).</source>
        <translation>Diese SQLite-Version kann gelöschte Daten nicht überschreiben (secure_delete).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tresen – Locked</source>
        <translation>Tresen – Gesperrt</translation>
    </message>
    <message>
        <source>This workstation is locked</source>
        <translation>Dieser Arbeitsplatz ist gesperrt</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation>Geben Sie Ihr Passwort ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Ends the session. Changes not yet sent stay on this computer.</source>
        <translation>Beendet die Sitzung. Noch nicht gesendete Änderungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. %n more attempt(s), then you are logged out.</source>
        <translation>
            <numerusform>Das Passwort ist falsch. Noch %n Versuch, dann werden Sie abgemeldet.</numerusform>
            <numerusform>Das Passwort ist falsch. Noch %n Versuche, dann werden Sie abgemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginCaches</name>
    <message>
        <source>The cache folder %1 cannot be prepared.</source>
        <translation>Der Ordner des lokalen Zwischenspeichers %1 kann nicht vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tresen – Log in</source>
        <translation>Tresen – Anmeldung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tresen&lt;/b&gt; – counter workstation</source>
        <translation>&lt;b&gt;Tresen&lt;/b&gt; – Schalterarbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;This computer (demo)</source>
        <translation>&amp;Dieser Computer (Demo)</translation>
    </message>
    <message>
        <source>City &amp;server:</source>
        <translation>&amp;Server der Stadt:</translation>
    </message>
    <message>
        <source>https://tresen.example-city.de:8443</source>
        <translation>https://tresen.beispielstadt.de:8443</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Work with:</source>
        <translation>Arbeiten mit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The demo backend on this computer could not be started: %1</source>
        <translation>Der Demo-Server auf diesem Computer konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Not available on this workstation.</source>
        <translation>Auf diesem Arbeitsplatz nicht verfügbar.</translation>
    </message>
    <message>
        <source>The demo backend is starting…</source>
        <translation>Der Demo-Server startet…</translation>
    </message>
    <message>
        <source>Demo data with practice logins, e.g. &lt;i&gt;mueller&lt;/i&gt; (clerk), &lt;i&gt;schmidt&lt;/i&gt; (registrar), &lt;i&gt;weber&lt;/i&gt; (supervisor); password &lt;i&gt;demo&lt;/i&gt;.</source>
        <translation>Demodaten mit Übungszugängen, z. B. &lt;i&gt;mueller&lt;/i&gt; (Sachbearbeitung), &lt;i&gt;schmidt&lt;/i&gt; (Standesamt), &lt;i&gt;weber&lt;/i&gt; (Leitung); Passwort &lt;i&gt;demo&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The demo backend could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Waiting for the demo backend to start…</source>
        <translation>Warte auf den Start des Demo-Servers…</translation>
    </message>
    <message>
        <source>The demo backend on this computer is not available. Choose a city server instead.</source>
        <translation>Der Demo-Server auf diesem Computer ist nicht verfügbar. Bitte wählen Sie den Server der Stadt.</translation>
    </message>
    <message>
        <source>Please enter the server address, e.g. https://tresen.example-city.de:8443.</source>
        <translation>Bitte geben Sie die Serveradresse ein, z. B. https://tresen.beispielstadt.de:8443.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Von Ihrer IT-Abteilung festgelegt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tresen</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tresen</source>
        <translation>&amp;Tresen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tresen</source>
        <translation>Ü&amp;ber Tresen</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Schalter:</translation>
    </message>
    <message>
        <source>Your role has no workspace on this workstation. Please ask the administration to check your roles.</source>
        <translation>Ihre Rolle hat an diesem Arbeitsplatz keinen Arbeitsbereich. Bitte lassen Sie Ihre Rollen von der Administration prüfen.</translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation>Kein Schalter gewählt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tresen – %1 – %2</source>
        <translation>Tresen – %1 – %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Tresen</source>
        <translation>Über Tresen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tresen %1&lt;/h3&gt;&lt;p&gt;Counter workstation for the Bürgeramt and the Standesamt: queue calling, appointments, weddings, scanning and payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tresen %1&lt;/h3&gt;&lt;p&gt;Schalterarbeitsplatz für Bürgeramt und Standesamt: Aufruf, Termine, Trauungen, Scannen und Zahlungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;call display</source>
        <translation>&amp;Aufrufanzeige öffnen</translation>
    </message>
    <message>
        <source>The waiting room&apos;s display, e.g. on a second screen.</source>
        <translation>Die Anzeige für den Wartebereich, z. B. auf einem zweiten Bildschirm.</translation>
    </message>
    <message>
        <source>Open the call display</source>
        <translation>Aufrufanzeige öffnen</translation>
    </message>
    <message>
        <source>No workspace for your role</source>
        <translation>Kein Arbeitsbereich für Ihre Rolle</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hides the work until you enter your password again.</source>
        <translation>Verbirgt die Arbeit, bis Sie Ihr Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>You are still serving %1 at this counter.</source>
        <translation>Sie bedienen an diesem Schalter noch %1.</translation>
    </message>
    <message>
        <source>Finish or put the ticket back first, or it stays with this counter until someone calls it again.</source>
        <translation>Schließen Sie die Nummer zuerst ab oder stellen Sie sie zurück; sonst bleibt sie bei diesem Schalter, bis sie jemand erneut aufruft.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>The counter this workstation serves (remembered on this computer). To change it, open the list (%1).</source>
        <translation>Der Schalter dieses Arbeitsplatzes (auf diesem Computer gemerkt). Zum Wechseln öffnen Sie die Liste (%1).</translation>
    </message>
    <message>
        <source>Change counter</source>
        <translation>Schalter wechseln</translation>
    </message>
    <message>
        <source>These changes have not been saved:</source>
        <translation>Diese Änderungen sind noch nicht gespeichert:</translation>
    </message>
    <message>
        <source>Go back and save them (Ctrl+S), or discard them.</source>
        <translation>Gehen Sie zurück und speichern Sie sie (Strg+S), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Discard and %1</source>
        <translation>Verwerfen und %1</translation>
    </message>
    <message>
        <source>Change &amp;counter…</source>
        <translation>S&amp;chalter wechseln …</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Schriftgröße %1 %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Tresen – %1</source>
        <translation>Tresen – %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>Write the times like 08:00-12:00, several separated by commas.</source>
        <translation>Schreiben Sie die Zeiten wie 08:00-12:00, mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 does not end after it starts.</source>
        <translation>%1 endet nicht nach dem Beginn.</translation>
    </message>
    <message>
        <source>The times overlap or are not in order.</source>
        <translation>Die Zeiten überschneiden sich oder stehen nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <source>Server default (%1)</source>
        <translation>Vorgabe des Servers (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Settings of one office. Where &quot;Server default&quot; is shown, the server&apos;s own option applies (see the administration guide).</source>
        <translation>Einstellungen eines Amtes. Wo „Vorgabe des Servers“ steht, gilt die Einstellung des Servers (siehe Administrationshandbuch).</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>A&amp;mt:</translation>
    </message>
    <message>
        <source>&amp;No-show after:</source>
        <translation>&amp;Nicht erschienen nach:</translation>
    </message>
    <message>
        <source>Wedding &amp;reservation holds:</source>
        <translation>Reser&amp;vierung einer Trauung gilt:</translation>
    </message>
    <message>
        <source>&amp;Keep contact data:</source>
        <translation>Kontaktdaten auf&amp;bewahren:</translation>
    </message>
    <message>
        <source>&amp;Wait target:</source>
        <translation>&amp;Wartezeitziel:</translation>
    </message>
    <message>
        <source>After this many days, appointments&apos; contact data and tickets&apos; notes are erased (docs/privacy.md).</source>
        <translation>Nach so vielen Tagen werden die Kontaktdaten der Termine und die Notizen der Wartenummern gelöscht (docs/privacy.md).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Someone else changed these settings in the meantime; theirs are shown now. Nothing was saved.</source>
        <translation>Jemand anderes hat diese Einstellungen inzwischen geändert; jetzt werden dessen Werte gezeigt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Save the office&apos;s settings</source>
        <translation>Einstellungen des Amtes speichern</translation>
    </message>
    <message>
        <source>Mindestvorlauf für die Anmeldung: reserving a wedding warns when the couple&apos;s registration deadline leaves less time than this before the wedding (0: no warning).</source>
        <translation>Mindestvorlauf für die Anmeldung: Beim Reservieren einer Trauung warnt Tresen, wenn die Anmeldefrist des Paares weniger Zeit bis zur Trauung lässt (0: keine Warnung).</translation>
    </message>
    <message>
        <source>Minimum &amp;lead for the registration:</source>
        <translation>Mindest&amp;vorlauf für die Anmeldung:</translation>
    </message>
    <message>
        <source>In order of arrival (as before)</source>
        <translation>Nach Ankunft (wie bisher)</translation>
    </message>
    <message>
        <source>As in ZMS</source>
        <translation>Wie in ZMS</translation>
    </message>
    <message>
        <source>Tresen: shorter waits</source>
        <translation>Tresen: kürzere Wartezeiten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Calling order:</source>
        <translation>Aufruf&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>Whom a counter calls next. Tresen: appointments on time, short visits first while waits are alike, the longer someone waits the fewer pass them, visitors few counters can serve to those counters. In order of arrival: appointments due, then priority, then the line. ZMS: the rules of the ZMS calling system. tresen-sim --compare shows what each would do on a day of your office.</source>
        <translation>Wen ein Schalter als Nächstes aufruft. Tresen: Termine pünktlich, kurze Anliegen zuerst, solange die Wartezeiten ähnlich sind, je länger jemand wartet, desto weniger ziehen vorbei, wen nur wenige Schalter bedienen können, geht an diese Schalter. Nach Ankunft: fällige Termine, dann Vorrang, dann die Reihe. ZMS: die Regeln des Aufrufsystems ZMS. tresen-sim --compare zeigt, was jede Reihenfolge an einem Tag Ihres Amts bewirken würde.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>When the office is open, for tickets and appointment slots. Several ranges a day are separated by commas; an empty line means closed. On closure days no appointments or weddings can be booked.</source>
        <translation>Wann das Amt geöffnet ist, für Wartenummern und Terminzeiten. Mehrere Zeiträume am Tag werden durch Kommas getrennt; eine leere Zeile heißt geschlossen. An Schließtagen können keine Termine oder Trauungen gebucht werden.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>A&amp;mt:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Schließtage</translation>
    </message>
    <message>
        <source>&amp;Close on this day</source>
        <translation>An diesem Tag schl&amp;ießen</translation>
    </message>
    <message>
        <source>Open a&amp;gain…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save the opening hours and closure days (Ctrl+S).</source>
        <translation>Öffnungszeiten und Schließtage speichern (Strg+S).</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The opening hours of this office have unsaved changes. Discard them?</source>
        <translation>Die Öffnungszeiten dieses Amtes haben ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Open the office again on %1? Appointment slots of that day become bookable once you save.</source>
        <translation>Das Amt am %1 wieder öffnen? Die Terminzeiten dieses Tages werden buchbar, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Someone else changed these opening hours in the meantime; nothing was saved. Discard changes shows theirs, Save replaces them with yours.</source>
        <translation>Jemand anderes hat diese Öffnungszeiten inzwischen geändert; es wurde nichts gespeichert. „Änderungen verwerfen“ zeigt dessen Stand, „Speichern“ ersetzt ihn durch Ihren.</translation>
    </message>
    <message>
        <source>The opening hours were saved.</source>
        <translation>Die Öffnungszeiten wurden gespeichert.</translation>
    </message>
    <message>
        <source>Save the opening hours</source>
        <translation>Öffnungszeiten speichern</translation>
    </message>
    <message>
        <source>Calendar for closure days</source>
        <translation>Kalender für Schließtage</translation>
    </message>
</context>
<context>
    <name>OtherLoginsBanner</name>
    <message numerus="yes">
        <source>%n change(s) of %1 discarded.</source>
        <translation>
            <numerusform>%n Änderung von %1 verworfen.</numerusform>
            <numerusform>%n Änderungen von %1 verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The changes of %1 were not discarded: %2</source>
        <translation>Die Änderungen von %1 wurden nicht verworfen: %2</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the changes of %1 (asks first; recorded in the server&apos;s audit log)</source>
        <translation>Die Änderungen von %1 verwerfen (fragt vorher; wird im Protokoll des Servers vermerkt)</translation>
    </message>
</context>
<context>
    <name>OtherLoginsWrites</name>
    <message numerus="yes">
        <source>%n change(s) made by %1 on this workstation not sent yet: sent when %1 logs in here again.</source>
        <translation>
            <numerusform>%n Änderung von %1 an diesem Arbeitsplatz ist noch nicht gesendet: Sie wird gesendet, wenn %1 sich hier wieder anmeldet.</numerusform>
            <numerusform>%n Änderungen von %1 an diesem Arbeitsplatz sind noch nicht gesendet: Sie werden gesendet, wenn %1 sich hier wieder anmeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (made by %2; sent when %2 logs in here again)</source>
        <translation>%1 (von %2; wird gesendet, wenn %2 sich hier wieder anmeldet)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are older than %1 days: they are no longer sent, because the server may have taken them already and forgotten it. Check them; a supervisor discards them.</source>
        <translation>
            <numerusform>%n davon ist älter als %1 Tage: Sie wird nicht mehr gesendet, weil der Server sie womöglich schon übernommen und das vergessen hat. Bitte prüfen; eine Leitung verwirft sie.</numerusform>
            <numerusform>%n davon sind älter als %1 Tage: Sie werden nicht mehr gesendet, weil der Server sie womöglich schon übernommen und das vergessen hat. Bitte prüfen; eine Leitung verwirft sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes are older than %1 days and are no longer sent: the server may have taken them already and forgotten it. Check them on the server; a supervisor discards them here.</source>
        <translation>
            <numerusform>%n Ihrer Änderungen ist älter als %1 Tage und wird nicht mehr gesendet: Der Server hat sie womöglich schon übernommen und das vergessen. Bitte auf dem Server prüfen; eine Leitung verwirft sie hier.</numerusform>
            <numerusform>%n Ihrer Änderungen sind älter als %1 Tage und werden nicht mehr gesendet: Der Server hat sie womöglich schon übernommen und das vergessen. Bitte auf dem Server prüfen; eine Leitung verwirft sie hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by %1 on this workstation were never sent and have been deleted with the local data of %1, unused for more than %2 days.</source>
        <translation>
            <numerusform>%n Änderung von %1 an diesem Arbeitsplatz wurde nie gesendet und mit den lokalen Daten von %1 gelöscht, die länger als %2 Tage nicht genutzt wurden.</numerusform>
            <numerusform>%n Änderungen von %1 an diesem Arbeitsplatz wurden nie gesendet und mit den lokalen Daten von %1 gelöscht, die länger als %2 Tage nicht genutzt wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other cache(s) on this workstation are in use in another window and were not read: their waiting changes are not listed here.</source>
        <translation>
            <numerusform>%n weiterer Zwischenspeicher auf diesem Arbeitsplatz ist in einem anderen Fenster in Gebrauch und wurde nicht gelesen: Seine wartenden Änderungen stehen hier nicht.</numerusform>
            <numerusform>%n weitere Zwischenspeicher auf diesem Arbeitsplatz sind in einem anderen Fenster in Gebrauch und wurden nicht gelesen: Ihre wartenden Änderungen stehen hier nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Wedding booking</source>
        <translation>Trauungsbuchung</translation>
    </message>
    <message>
        <source>Record of kind %1</source>
        <translation>Eintrag der Art %1</translation>
    </message>
    <message>
        <source>%1, made on %2</source>
        <translation>%1, erstellt am %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Wartenummer</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The record was anonymised on the server; the change was dropped.</source>
        <translation>Der Eintrag wurde auf dem Server anonymisiert; die Änderung wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>OutboxWrite</name>
    <message>
        <source>The change could not be saved on this computer: %1</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n later change(s) of it)</source>
        <translation>
            <numerusform>(und %n spätere Änderung daran)</numerusform>
            <numerusform>(und %n spätere Änderungen daran)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please choose a new password before you start.&lt;/b&gt; Your password was set by an administrator; from now on only you should know it.</source>
        <translation>&lt;b&gt;Bitte wählen Sie ein neues Passwort, bevor Sie beginnen.&lt;/b&gt; Ihr Passwort wurde von der Administration gesetzt; ab jetzt sollen nur Sie es kennen.</translation>
    </message>
    <message>
        <source>Your new password applies at once, and your sessions on other computers end.</source>
        <translation>Ihr neues Passwort gilt sofort, und Ihre Sitzungen an anderen Computern enden.</translation>
    </message>
    <message>
        <source>&amp;Save new password</source>
        <translation>Neues Passwort &amp;speichern</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Bisheriges Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The new password is too short: it needs at least %1 characters.</source>
        <translation>Das neue Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The new password is on the list of common passwords. Please choose one that is harder to guess.</source>
        <translation>Das neue Passwort steht auf der Liste häufiger Passwörter. Bitte wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>The new password must not be your user name.</source>
        <translation>Das neue Passwort darf nicht Ihr Benutzername sein.</translation>
    </message>
    <message>
        <source>The server refused the new password.</source>
        <translation>Der Server hat das neue Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>At least %1 characters (%2 so far).</source>
        <translation>Mindestens %1 Zeichen (bisher %2).</translation>
    </message>
    <message>
        <source>The repetition does not match the new password.</source>
        <translation>Die Wiederholung stimmt nicht mit dem neuen Passwort überein.</translation>
    </message>
    <message>
        <source>The new password meets the requirements.</source>
        <translation>Das neue Passwort erfüllt die Anforderungen.</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Bitte geben Sie Ihr bisheriges Passwort ein.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Das neue Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das bisherige Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation>Das Passwort konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation>Das Passwort konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>PaymentCheck</name>
    <message>
        <source>This payment code is not valid: %1</source>
        <translation>Dieser Zahlungscode ist ungültig: %1</translation>
    </message>
    <message>
        <source>No Kassenzeichen or Aktenzeichen found in &quot;%1&quot;.</source>
        <translation>In „%1“ wurde kein Kassenzeichen oder Aktenzeichen gefunden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers war unverständlich.</translation>
    </message>
    <message>
        <source>The payment status cannot be checked right now. %1 Please try again shortly; do not assume it is unpaid.</source>
        <translation>Der Zahlungsstand kann gerade nicht geprüft werden. %1 Bitte gleich noch einmal versuchen; nicht von „unbezahlt“ ausgehen.</translation>
    </message>
</context>
<context>
    <name>PaymentProvider</name>
    <message>
        <source>The payment provider did not answer in time.</source>
        <translation>Der Zahlungsdienstleister hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The payment provider reports an error (%1).</source>
        <translation>Der Zahlungsdienstleister meldet einen Fehler (%1).</translation>
    </message>
    <message>
        <source>The payment provider cannot be reached.</source>
        <translation>Der Zahlungsdienstleister ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Open – not paid</source>
        <translation>Offen – nicht bezahlt</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Zahlung in Bearbeitung</translation>
    </message>
    <message>
        <source>Payment failed – not paid</source>
        <translation>Zahlung fehlgeschlagen – nicht bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Cancelled – nothing due</source>
        <translation>Storniert – nichts fällig</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Has it been paid?</source>
        <translation>Ist das bezahlt?</translation>
    </message>
    <message>
        <source>Kassenzeichen or Aktenzeichen – type it or scan the notice&apos;s code</source>
        <translation>Kassenzeichen oder Aktenzeichen – eintippen oder den Code des Bescheids scannen</translation>
    </message>
    <message>
        <source>Look up (Enter)</source>
        <translation>Nachsehen (Eingabe)</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Bestätigung kopieren</translation>
    </message>
    <message>
        <source>Print confirmation</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation>Zuletzt nachgesehen</translation>
    </message>
    <message>
        <source>Type a reference and press Enter. A handheld scanner types the code for you.</source>
        <translation>Kassenzeichen eingeben und Eingabe drücken. Ein Handscanner tippt den Code für Sie.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird nachgesehen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the payment code (GiroCode):&lt;/b&gt;&lt;br&gt;Payee: %1&lt;br&gt;IBAN: %2&lt;br&gt;Amount: %3&lt;br&gt;Reference: %4</source>
        <translation>&lt;b&gt;Aus dem Zahlungscode (GiroCode):&lt;/b&gt;&lt;br&gt;Empfänger: %1&lt;br&gt;IBAN: %2&lt;br&gt;Betrag: %3&lt;br&gt;Referenz: %4</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No payment is known under %1. Please check the reference.</source>
        <translation>Unter %1 ist keine Zahlung bekannt. Bitte das Kassenzeichen prüfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kassenzeichen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purpose:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zweck:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zahlart:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No printer is set up. The confirmation was saved as %1.</source>
        <translation>Kein Drucker eingerichtet. Die Bestätigung wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Original amount</source>
        <translation>Ursprünglicher Betrag</translation>
    </message>
    <message>
        <source>%1 (cancelled, nothing is due)</source>
        <translation>%1 (storniert, nichts fällig)</translation>
    </message>
    <message>
        <source>%1 (to be paid back)</source>
        <translation>%1 (wird erstattet)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Last paid on</source>
        <translation>Zuletzt bezahlt am</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Kassenzeichen</translation>
    </message>
    <message>
        <source>The references you look up are listed here.</source>
        <translation>Die abgefragten Kassenzeichen stehen hier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Payment status for %1 (%2): %3. %4. Checked on %5.</source>
        <translation>Zahlungsstand für %1 (%2): %3. %4. Geprüft am %5.</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Page %1 of the PDF cannot be read.</source>
        <translation>Seite %1 der PDF-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation>Seite %1 der PDF-Datei kann nicht dargestellt werden.</translation>
    </message>
</context>
<context>
    <name>PmPaymentProvider</name>
    <message>
        <source>The payment provider&apos;s answer is not valid or not signed correctly.</source>
        <translation>Die Antwort des Zahlungsdienstleisters ist ungültig oder nicht korrekt signiert.</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>Kind of record</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Eintragsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partner 1</source>
        <translation>Partner/in 1</translation>
    </message>
    <message>
        <source>Partner 2</source>
        <translation>Partner/in 2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Wartenummer</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Day of service</source>
        <translation>Tag der Vorsprache</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>First called</source>
        <translation>Zuerst aufgerufen</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <source>Times called</source>
        <translation>Anzahl Aufrufe</translation>
    </message>
    <message>
        <source>Service began</source>
        <translation>Bedienung begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Office (number)</source>
        <translation>Amt (Nummer)</translation>
    </message>
    <message>
        <source>Service (number)</source>
        <translation>Dienstleistung (Nummer)</translation>
    </message>
    <message>
        <source>Counter (number)</source>
        <translation>Schalter (Nummer)</translation>
    </message>
    <message>
        <source>Called to counter (number)</source>
        <translation>Aufgerufen an Schalter (Nummer)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <source>Wedding date (number)</source>
        <translation>Trautermin (Nummer)</translation>
    </message>
    <message>
        <source>Room (number)</source>
        <translation>Raum (Nummer)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Standesbeamtin/Standesbeamter</translation>
    </message>
    <message>
        <source>Fee reference</source>
        <translation>Kassenzeichen</translation>
    </message>
    <message>
        <source>Reservation expires</source>
        <translation>Reservierung läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made via</source>
        <translation>Gebucht über</translation>
    </message>
    <message>
        <source>Queue ticket (number)</source>
        <translation>Wartemarke (Nummer)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Mitzubringende Unterlagen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>Abgelegt bei</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Codes read from the scan</source>
        <translation>Aus dem Scan gelesene Codes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>Gescannt von</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Änderungsnummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer/in</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Gezahlter Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>The record as stored then</source>
        <translation>Der Eintrag, wie er damals gespeichert war</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Wedding booking</source>
        <translation>Trauungsbuchung</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Wartemarke</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Gescanntes Dokument</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Information under Art. 15 GDPR</source>
        <translation>Auskunft nach Art. 15 DSGVO</translation>
    </message>
    <message>
        <source>Everything stored about you in the appointment and queue system of the citizens&apos; office and the registry office.</source>
        <translation>Alles, was im Termin- und Aufrufsystem des Bürgeramts und des Standesamts über Sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Compiled on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Wedding bookings</source>
        <translation>Trauungsbuchungen</translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation>Wartemarken</translation>
    </message>
    <message>
        <source>Scanned documents (metadata)</source>
        <translation>Gescannte Dokumente (Metadaten)</translation>
    </message>
    <message>
        <source>Stored history of these records</source>
        <translation>Gespeicherter Verlauf dieser Einträge</translation>
    </message>
    <message>
        <source>Who worked with these records (audit log)</source>
        <translation>Wer mit diesen Einträgen gearbeitet hat (Protokoll)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>PublishedRevision</name>
    <message>
        <source>The database&apos;s highest revision is %1, but this server handed out revision %2 of it: it has gone back (restored from a backup or a snapshot?). Workstations would skip every change up to %2. Restore backups with `tresen-server restore`; if this database is the right one, confirm with `tresen-server confirm-restore --database URL` (workstations then rebuild their caches). Kept in %3.</source>
        <translation>Die höchste Revision der Datenbank ist %1, dieser Server hat aber schon Revision %2 ausgegeben: Sie ist auf einen früheren Stand zurückgegangen (aus einer Sicherung oder einem Snapshot wiederhergestellt?). Arbeitsplätze würden jede Änderung bis %2 überspringen. Stellen Sie Sicherungen mit `tresen-server restore` wieder her; ist diese Datenbank die richtige, bestätigen Sie das mit `tresen-server confirm-restore --database URL` (die Arbeitsplätze bauen ihre Zwischenspeicher dann neu auf). Vermerkt in %3.</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>called</source>
        <translation>aufgerufen</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>Ticketautomat</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>ohne Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %n min</source>
        <translation>
            <numerusform>≈ %n Min.</numerusform>
            <numerusform>≈ %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>called · %1</source>
        <translation>aufgerufen · %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>A waiting ticket transferred to this counter only</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1: please choose one of the offered values.</source>
        <translation>%1: Bitte einen der angebotenen Werte wählen.</translation>
    </message>
    <message>
        <source>%1: please choose at least one.</source>
        <translation>%1: Bitte mindestens einen Eintrag wählen.</translation>
    </message>
    <message>
        <source>%1 must be a time like 09:30.</source>
        <translation>%1 muss eine Uhrzeit wie 09:30 sein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>First password (shown only now; pass it on in person. A person must change it at the first login, a device keeps it):</source>
        <translation>Erstes Passwort (nur jetzt sichtbar; persönlich weitergeben. Eine Person muss es bei der ersten Anmeldung ändern, ein Gerät behält es):</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>The server&apos;s list was not understood.</source>
        <translation>Die Liste des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 wurde angelegt.</translation>
    </message>
    <message>
        <source>The last change of %1 is still being saved. Please wait a moment.</source>
        <translation>Die letzte Änderung von %1 wird noch gespeichert. Bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is taken already in this office.</source>
        <translation>%1 „%2“ ist in diesem Amt schon vergeben.</translation>
    </message>
    <message>
        <source>Retired: takes no new tickets, calls or bookings.</source>
        <translation>Stillgelegt: nimmt keine neuen Nummern, Aufrufe oder Buchungen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>Der Eintrag</translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a new entry (Ctrl+N).</source>
        <translation>Einen neuen Eintrag anlegen (Strg+N).</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>Stillgelegte ze&amp;igen</translation>
    </message>
    <message>
        <source>Change a value: select it and type, or press F2. Enter saves, Esc cancels.</source>
        <translation>Wert ändern: auswählen und tippen oder F2 drücken. Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>A&amp;mt:</translation>
    </message>
    <message>
        <source>Create an office first.</source>
        <translation>Legen Sie zuerst ein Amt an.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>Standesamt</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>call display</source>
        <translation>Aufrufanzeige</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>Ticketautomat</translation>
    </message>
</context>
<context>
    <name>ScanWorkspace</name>
    <message>
        <source>Invalid payment code: %1</source>
        <translation>Ungültiger Zahlungscode: %1</translation>
    </message>
    <message>
        <source>Fine notice %1</source>
        <translation>Bußgeldbescheid %1</translation>
    </message>
    <message>
        <source>Separator sheet</source>
        <translation>Trennblatt</translation>
    </message>
    <message>
        <source>Open PDF or image files, or drop them here. Every QR code and barcode on every page is read.</source>
        <translation>PDF- oder Bilddateien öffnen oder hierher ziehen. Jeder QR-Code und Barcode auf jeder Seite wird gelesen.</translation>
    </message>
    <message>
        <source>Look up the payment</source>
        <translation>Zahlung nachsehen</translation>
    </message>
    <message>
        <source>Codes on this page</source>
        <translation>Codes auf dieser Seite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found.</source>
        <translation>
            <numerusform>%n Code gefunden.</numerusform>
            <numerusform>%n Codes gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Dokumente öffnen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1, S. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No code on this page.</source>
        <translation>Kein Code auf dieser Seite.</translation>
    </message>
    <message>
        <source>Open files… (%1)</source>
        <translation>Dateien öffnen… (%1)</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Einlesen abbrechen</translation>
    </message>
    <message>
        <source>Appointment confirmation %1</source>
        <translation>Terminbestätigung %1</translation>
    </message>
    <message>
        <source>Check in the appointment</source>
        <translation>Termin einchecken</translation>
    </message>
    <message>
        <source>Attach to a case…</source>
        <translation>An Vorgang anhängen…</translation>
    </message>
    <message>
        <source>Documents (split at separator sheets)</source>
        <translation>Dokumente (an Trennblättern geteilt)</translation>
    </message>
    <message>
        <source>%1, pp. %2–%3</source>
        <translation>%1, S. %2–%3</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>Attach to a case</source>
        <translation>An einen Vorgang anhängen</translation>
    </message>
    <message>
        <source>Appointment (booking code)</source>
        <translation>Termin (Buchungscode)</translation>
    </message>
    <message>
        <source>Payment (Kassenzeichen or Aktenzeichen)</source>
        <translation>Zahlung (Kassenzeichen oder Aktenzeichen)</translation>
    </message>
    <message>
        <source>Ticket (id)</source>
        <translation>Wartenummer (Ticket-Nr.)</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>No appointment with the booking code %1 is known here.</source>
        <translation>Ein Termin mit dem Buchungscode %1 ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Sending the document…</source>
        <translation>Das Dokument wird gesendet…</translation>
    </message>
    <message>
        <source>The document was not sent: %1 It stays here; please try again.</source>
        <translation>Das Dokument wurde nicht gesendet: %1 Es bleibt hier; bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Scan… (%1)</source>
        <translation>Scannen… (%1)</translation>
    </message>
    <message>
        <source>Scan from a scanner</source>
        <translation>Vom Scanner scannen</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <source>Scanning from %1…</source>
        <translation>Scanne von %1…</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner: %1</translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>Geschützte PDF-Datei</translation>
    </message>
    <message>
        <source>%1
%2
Password (from the sender of the document):</source>
        <translation>%1
%2
Passwort (vom Absender des Dokuments):</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n protected file(s)…</source>
        <translation>
            <numerusform>%n geschützte Datei wird gelesen…</numerusform>
            <numerusform>%n geschützte Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the scan folder</source>
        <translation>Scan-Ordner einlesen</translation>
    </message>
    <message numerus="yes">
        <source>Scan folder: %n new (%1)</source>
        <translation>
            <numerusform>Scan-Ordner: %n neues (%1)</numerusform>
            <numerusform>Scan-Ordner: %n neue (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan folder unreachable</source>
        <translation>Scan-Ordner nicht erreichbar</translation>
    </message>
    <message>
        <source>Documents a network scanner put into %1. Reading them moves them into its subfolder &quot;eingelesen&quot;.</source>
        <translation>Dokumente, die ein Netzwerkscanner in %1 abgelegt hat. Beim Einlesen werden sie in den Unterordner &quot;eingelesen&quot; verschoben.</translation>
    </message>
    <message>
        <source>Open the wedding booking</source>
        <translation>Trauung öffnen</translation>
    </message>
    <message>
        <source>Sends the selected document to the server, attached to an appointment, a wedding booking, a ticket or a payment case.</source>
        <translation>Sendet das gewählte Dokument an den Server, zugeordnet zu einem Termin, einer Trauung, einer Wartenummer oder einem Zahlungsfall.</translation>
    </message>
    <message>
        <source>Wedding reservation %1</source>
        <translation>Trauungsreservierung %1</translation>
    </message>
    <message>
        <source>Wedding (booking code)</source>
        <translation>Trauung (Buchungscode)</translation>
    </message>
    <message>
        <source>No wedding booking with the booking code %1 is known here.</source>
        <translation>Hier ist keine Trauung mit dem Buchungscode %1 bekannt.</translation>
    </message>
    <message>
        <source>Attached to %1 (checksum %2…).</source>
        <translation>Zugeordnet zu %1 (Prüfsumme %2…).</translation>
    </message>
    <message>
        <source>wedding %1</source>
        <translation>Trauung %1</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Wartenummer %1</translation>
    </message>
    <message>
        <source>Payment code: %1, no amount given</source>
        <translation>Zahlungscode: %1, ohne Betrag</translation>
    </message>
    <message>
        <source>Payment code: %1, %2</source>
        <translation>Zahlungscode: %1, %2</translation>
    </message>
    <message>
        <source>Open PDF or image files</source>
        <translation>PDF- oder Bilddateien öffnen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Open or drop a file, or scan one: every code found on it is listed here.</source>
        <translation>Öffnen Sie eine Datei, ziehen Sie sie hierher oder scannen Sie: Jeder gefundene Code steht dann hier.</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Gefundene Codes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>All pages in the document &amp;feeder</source>
        <translation>Alle Seiten im &amp;Einzug</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Scanner werden gesucht…</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Scanner:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>S&amp;cannen</translation>
    </message>
    <message>
        <source>No scanner found. Is it switched on and connected?</source>
        <translation>Kein Scanner gefunden. Ist er eingeschaltet und angeschlossen?</translation>
    </message>
    <message>
        <source>No scanner found: %1</source>
        <translation>Kein Scanner gefunden: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>The scenario is not valid JSON: %1 (at byte %2).</source>
        <translation>Das Szenario ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The scenario must be a JSON object.</source>
        <translation>Das Szenario muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;opening&quot; needs &quot;from&quot; and &quot;to&quot; as times like &quot;08:00&quot;.</source>
        <translation>„opening“ braucht „from“ und „to“ als Uhrzeiten wie „08:00“.</translation>
    </message>
    <message>
        <source>&quot;opening&quot;: &quot;to&quot; must be after &quot;from&quot;.</source>
        <translation>„opening“: „to“ muss nach „from“ liegen.</translation>
    </message>
    <message>
        <source>&quot;services&quot; must list at least one service.</source>
        <translation>„services“ muss mindestens eine Dienstleistung nennen.</translation>
    </message>
    <message>
        <source>Every service needs an &quot;id&quot;.</source>
        <translation>Jede Dienstleistung braucht eine „id“.</translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; is used twice.</source>
        <translation>Die Dienstleistungs-ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;minutes&quot; needs a &quot;mean&quot; above 0 and an &quot;sd&quot; of 0 or more.</source>
        <translation>Dienstleistung „%1“: „minutes“ braucht einen „mean“ über 0 und eine „sd“ von 0 oder mehr.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;walkInsPerHour&quot; has %2 rates, but the office is open for %3 hours.</source>
        <translation>Dienstleistung „%1“: „walkInsPerHour“ hat %2 Raten, das Amt ist aber %3 Stunden geöffnet.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: every walk-in rate must be a number of 0 or more.</source>
        <translation>Dienstleistung „%1“: Jede Rate der Vorsprachen ohne Termin muss eine Zahl von 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;appointmentsPerHour&quot; must be a whole number from 0 to 600.</source>
        <translation>Dienstleistung „%1“: „appointmentsPerHour“ muss eine ganze Zahl von 0 bis 600 sein.</translation>
    </message>
    <message>
        <source>&quot;counters&quot; must list at least one counter.</source>
        <translation>„counters“ muss mindestens einen Schalter nennen.</translation>
    </message>
    <message>
        <source>Every counter needs an &quot;id&quot;.</source>
        <translation>Jeder Schalter braucht eine „id“.</translation>
    </message>
    <message>
        <source>The counter id &quot;%1&quot; is used twice.</source>
        <translation>Die Schalter-ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot; serves &quot;%2&quot;, which is no service of the scenario.</source>
        <translation>Schalter „%1“ bedient „%2“, das keine Dienstleistung des Szenarios ist.</translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot; serves no service.</source>
        <translation>Schalter „%1“ bedient keine Dienstleistung.</translation>
    </message>
    <message>
        <source>&quot;noShowRate&quot; must be a share from 0 to 1.</source>
        <translation>„noShowRate“ muss ein Anteil von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>&quot;appointmentArrivalMinutes&quot;: &quot;mean&quot; must be a number.</source>
        <translation>„appointmentArrivalMinutes“: „mean“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;appointmentArrivalMinutes&quot;: &quot;sd&quot; must be 0 or more.</source>
        <translation>„appointmentArrivalMinutes“: „sd“ muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>&quot;serviceLevelTargetMinutes&quot; must be a whole number of minutes, at least 1.</source>
        <translation>„serviceLevelTargetMinutes“ muss eine ganze Zahl von Minuten sein, mindestens 1.</translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot;: &quot;hours&quot; has %2 entries, but the office is open for %3 hours.</source>
        <translation>Schalter „%1“: „hours“ hat %2 Einträge, das Amt ist aber %3 Stunden geöffnet.</translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot;: each of &quot;hours&quot; must be 1 (staffed) or 0.</source>
        <translation>Schalter „%1“: jeder Eintrag in „hours“ muss 1 (besetzt) oder 0 sein.</translation>
    </message>
</context>
<context>
    <name>ServerInstance</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot migrate the database: %1</source>
        <translation>Die Datenbank kann nicht migriert werden: %1</translation>
    </message>
    <message>
        <source>Cannot fill the demo data: %1</source>
        <translation>Die Demodaten können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Das TLS-Zertifikat oder die Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist keine gültige PEM-Datei.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (address in use or not permitted).</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden (Adresse belegt oder nicht erlaubt).</translation>
    </message>
    <message>
        <source>The pmPayment provider needs a URL and TRESEN_PMPAYMENT_SECRET.</source>
        <translation>Der pmPayment-Anschluss braucht eine URL und TRESEN_PMPAYMENT_SECRET.</translation>
    </message>
    <message>
        <source>Unknown payment provider &quot;%1&quot;.</source>
        <translation>Unbekannter Zahlungsdienstleister „%1“.</translation>
    </message>
    <message>
        <source>The ePayBL provider needs a URL and TRESEN_EPAYBL_MANDANT.</source>
        <translation>Der ePayBL-Anschluss braucht eine URL und TRESEN_EPAYBL_MANDANT.</translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation>Der Dokumentordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another process (%1) uses the database %2: a second server or `tresen-server erase`. Stop it first, or wait until it has finished.</source>
        <translation>Ein anderer Prozess (%1) verwendet die Datenbank %2: ein zweiter Server oder `tresen-server erase`. Beenden Sie ihn zuerst oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>--demo listens on a loopback address only (e.g. 127.0.0.1), not on %1: its users&apos; password is &quot;demo&quot;.</source>
        <translation>--demo lauscht nur auf einer Loopback-Adresse (z. B. 127.0.0.1), nicht auf %1: Das Passwort seiner Benutzer ist „demo“.</translation>
    </message>
    <message>
        <source>--demo fills only an empty database or one it filled itself; this one holds a city&apos;s offices. Start without --demo.</source>
        <translation>--demo füllt nur eine leere Datenbank oder eine, die es selbst gefüllt hat; diese enthält die Ämter einer Stadt. Starten Sie ohne --demo.</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the database for the request workers: %1</source>
        <translation>Die Datenbank kann für die Anfrage-Threads nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the directory: %1</source>
        <translation>Das Verzeichnis der Ämter kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the database for the retention job: %1</source>
        <translation>Die Datenbank kann für die Löschfristen-Aufgabe nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the database for the change feed: %1</source>
        <translation>Die Datenbank kann für den Änderungs-Feed nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The TLS key does not belong to the certificate.</source>
        <translation>Der TLS-Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ServiceFiguresModel</name>
    <message>
        <source>Service %1</source>
        <translation>Dienstleistung %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Not come</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Ø Wartezeit</translation>
    </message>
    <message>
        <source>Mean service</source>
        <translation>Ø Bearbeitung</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The password was entered wrongly %n time(s) at the lock screen: you have been logged out. Changes not yet sent are kept on this computer.</source>
        <translation>
            <numerusform>Das Passwort wurde am Sperrbildschirm %n-mal falsch eingegeben: Sie wurden abgemeldet. Noch nicht gesendete Änderungen bleiben auf diesem Computer.</numerusform>
            <numerusform>Das Passwort wurde am Sperrbildschirm %n-mal falsch eingegeben: Sie wurden abgemeldet. Noch nicht gesendete Änderungen bleiben auf diesem Computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (German on a German system)</source>
        <translation>Wie das System (Deutsch auf einem deutschen System)</translation>
    </message>
    <message>
        <source>A new language takes effect when Tresen is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tresen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Ring a &amp;gong on every call</source>
        <translation>Bei jedem Aufruf einen &amp;Gong spielen</translation>
    </message>
    <message>
        <source>&amp;Announce every call by voice</source>
        <translation>Jeden Aufruf &amp;ansagen</translation>
    </message>
    <message>
        <source>Call display:</source>
        <translation>Aufrufanzeige:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Set for this computer by your IT department.</source>
        <translation>Für diesen Computer von Ihrer IT-Abteilung festgelegt.</translation>
    </message>
    <message>
        <source>Without input for this long, Tresen hides your work until you enter your password again.</source>
        <translation>Nach so langer Zeit ohne Eingabe verbirgt Tresen Ihre Arbeit, bis Sie Ihr Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Sperren na&amp;ch:</translation>
    </message>
</context>
<context>
    <name>StandesamtWorkspace</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Refresh the slots</source>
        <translation>Termine aktualisieren</translation>
    </message>
    <message>
        <source>Choose a slot or a wedding on the left.

Free slots can be reserved for a couple; a booking shows its papers, registrar and fee.</source>
        <translation>Links einen Termin oder eine Trauung wählen.

Freie Termine können für ein Paar reserviert werden; eine Buchung zeigt Unterlagen, Standesbeamtin/Standesbeamten und Gebühr.</translation>
    </message>
    <message>
        <source>Reserve for a couple…</source>
        <translation>Für ein Paar reservieren…</translation>
    </message>
    <message>
        <source>Reserve the slot for a couple</source>
        <translation>Termin für ein Paar reservieren</translation>
    </message>
    <message>
        <source>No wedding slots this week.</source>
        <translation>In dieser Woche gibt es keine Trautermine.</translation>
    </message>
    <message>
        <source>No weddings known here for this week. (Free slots are only shown with a connection to the server.)</source>
        <translation>Für diese Woche sind hier keine Trauungen bekannt. (Freie Termine werden nur mit Verbindung zum Server angezeigt.)</translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation>Nicht ausgeführt: %1. %2</translation>
    </message>
    <message>
        <source>Reserved for %1 &amp; %2; booking code %3. Provisional until %4.</source>
        <translation>Reserviert für %1 &amp; %2, Buchungscode %3. Vorläufig bis %4.</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Partner &amp;1:</source>
        <translation>Partner/in &amp;1:</translation>
    </message>
    <message>
        <source>Partner &amp;2:</source>
        <translation>Partner/in &amp;2:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Papers for the registration (brought in person)</source>
        <translation>Unterlagen zur Anmeldung (persönlich vorgelegt)</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(noch nicht festgelegt)</translation>
    </message>
    <message>
        <source>Kassenzeichen, e.g. 5.0002.000001.4</source>
        <translation>Kassenzeichen, z. B. 5.0002.000001.4</translation>
    </message>
    <message>
        <source>Is it &amp;paid?</source>
        <translation>&amp;Bezahlt?</translation>
    </message>
    <message>
        <source>Looks the fee up in the Payments workspace.</source>
        <translation>Prüft die Gebühr im Arbeitsbereich Zahlungen.</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>Trauung</translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation>&amp;Standesbeamt/in:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Gebühr:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Registration done</source>
        <translation>Anmeldung erfasst</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Wedding held</source>
        <translation>Trauung vollzogen</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verlegen…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Save the booking</source>
        <translation>Buchung speichern</translation>
    </message>
    <message>
        <source>Confirm the wedding</source>
        <translation>Trauung bestätigen</translation>
    </message>
    <message>
        <source>Move the wedding</source>
        <translation>Trauung verlegen</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message>
        <source>The free slots cannot be shown right now (%1). The weddings known on this computer are shown.</source>
        <translation>Die freien Termine können gerade nicht angezeigt werden (%1). Angezeigt werden die auf diesem Computer bekannten Trauungen.</translation>
    </message>
    <message>
        <source>This booking was changed meanwhile; saving your edits may be refused.</source>
        <translation>Diese Buchung wurde inzwischen geändert; das Speichern Ihrer Änderungen kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>Free.</source>
        <translation>Frei.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Taken; the booking has not reached this computer yet.</source>
        <translation>Belegt; die Buchung ist noch nicht auf diesem Computer angekommen.</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>verfallen am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>booking code %1</source>
        <translation>Buchungscode %1</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>The reservation is being sent…</source>
        <translation>Die Reservierung wird gesendet…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 &amp; %2: %3.</source>
        <translation>%1 &amp; %2: %3.</translation>
    </message>
    <message>
        <source>Cancel the wedding of %1 &amp; %2 on %3? The slot becomes free for other couples.</source>
        <translation>Die Trauung von %1 &amp; %2 am %3 stornieren? Der Termin wird für andere Paare frei.</translation>
    </message>
    <message>
        <source>Looking for free slots…</source>
        <translation>Freie Termine werden gesucht…</translation>
    </message>
    <message>
        <source>The free slots cannot be shown right now (%1).</source>
        <translation>Die freien Termine können gerade nicht angezeigt werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot in the next %n days.</source>
        <translation>
            <numerusform>In den nächsten %n Tag ist kein Termin frei.</numerusform>
            <numerusform>In den nächsten %n Tagen ist kein Termin frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Not now: %2</source>
        <translation>%1
Jetzt nicht: %2</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Print for the couple</source>
        <translation>Blatt für das Paar drucken</translation>
    </message>
    <message>
        <source>Print the couple&apos;s sheet</source>
        <translation>Blatt für das Paar drucken</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Offer the slot for weddings again.</source>
        <translation>Den Termin wieder für Trauungen anbieten.</translation>
    </message>
    <message>
        <source>No weddings in this slot, e.g. on a holiday.</source>
        <translation>Keine Trauungen zu diesem Termin, z. B. an einem Feiertag.</translation>
    </message>
    <message>
        <source>Block the slot</source>
        <translation>Termin sperren</translation>
    </message>
    <message>
        <source>Why is %1 in %2 not offered for weddings?</source>
        <translation>Warum wird %1 im Raum %2 nicht für Trauungen angeboten?</translation>
    </message>
    <message>
        <source>The slot was not changed: %1</source>
        <translation>Der Termin wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>The slot is blocked.</source>
        <translation>Der Termin ist gesperrt.</translation>
    </message>
    <message>
        <source>The slot is offered again.</source>
        <translation>Der Termin wird wieder angeboten.</translation>
    </message>
    <message>
        <source>The sheet for the couple is printing.</source>
        <translation>Das Blatt für das Paar wird gedruckt.</translation>
    </message>
    <message>
        <source>The sheet could not be saved to %1.</source>
        <translation>Das Blatt konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>No printer is set up. The sheet was saved as %1 (to print or send by e-mail).</source>
        <translation>Kein Drucker eingerichtet. Das Blatt wurde als %1 gespeichert (zum Drucken oder Versenden per E-Mail).</translation>
    </message>
    <message>
        <source>Wedding slots of the week</source>
        <translation>Trautermine der Woche</translation>
    </message>
    <message>
        <source>The changes to the booking of %1 &amp; %2 were not saved: %3</source>
        <translation>Die Änderungen an der Buchung von %1 &amp; %2 wurden nicht gespeichert: %3</translation>
    </message>
    <message>
        <source>The changes to the booking of %1 &amp; %2 were saved.</source>
        <translation>Die Änderungen an der Buchung von %1 &amp; %2 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Short lead for the registration</source>
        <translation>Kurzer Vorlauf für die Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>The couple would have to register by %1, which leaves %n day(s) before the wedding to check the papers.</source>
        <translation>
            <numerusform>Das Paar müsste sich bis %1 anmelden; bis zur Trauung bliebe dann %n Tag, um die Unterlagen zu prüfen.</numerusform>
            <numerusform>Das Paar müsste sich bis %1 anmelden; bis zur Trauung blieben dann %n Tage, um die Unterlagen zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Standesamt wants at least %n day(s) (minimum lead for the registration).

Reserve anyway?</source>
        <translation>
            <numerusform>Das Standesamt verlangt mindestens %n Tag (Mindestvorlauf für die Anmeldung).

Trotzdem reservieren?</numerusform>
            <numerusform>Das Standesamt verlangt mindestens %n Tage (Mindestvorlauf für die Anmeldung).

Trotzdem reservieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the Kassenzeichen %1…</source>
        <translation>Kassenzeichen %1 wird geprüft …</translation>
    </message>
    <message>
        <source>The payment system does not know the Kassenzeichen %1.</source>
        <translation>Das Zahlungssystem kennt das Kassenzeichen %1 nicht.</translation>
    </message>
    <message>
        <source>The Kassenzeichen %1 could not be checked: %2</source>
        <translation>Das Kassenzeichen %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Unknown Kassenzeichen</source>
        <translation>Unbekanntes Kassenzeichen</translation>
    </message>
    <message>
        <source>Kassenzeichen not checked</source>
        <translation>Kassenzeichen nicht geprüft</translation>
    </message>
    <message>
        <source>%1

Confirm the wedding of %2 &amp; %3 anyway?</source>
        <translation>%1

Die Trauung von %2 &amp; %3 trotzdem bestätigen?</translation>
    </message>
    <message>
        <source>Not confirmed: %1 Please check the Kassenzeichen.</source>
        <translation>Nicht bestätigt: %1 Bitte prüfen Sie das Kassenzeichen.</translation>
    </message>
    <message>
        <source>Moved to %1 – %2.</source>
        <translation>Verlegt auf %1 – %2.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2:00 Uhr</translation>
    </message>
    <message>
        <source>Week %1/%2</source>
        <translation>KW %1/%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Statistics::Day</name>
    <message>
        <source>The server&apos;s figures of the day were not understood.</source>
        <translation>Die Zahlen des Tages vom Server waren nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>Statistics::Period</name>
    <message>
        <source>The server&apos;s figures of the period were not understood.</source>
        <translation>Die Zahlen des Zeitraums vom Server waren nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>StatisticsBoard</name>
    <message>
        <source>This server does not offer figures of periods yet (it needs a newer version of Tresen). Today&apos;s figures of one office are available.</source>
        <translation>Dieser Server bietet noch keine Zahlen für Zeiträume (er braucht eine neuere Version von Tresen). Die heutigen Zahlen eines Amtes sind verfügbar.</translation>
    </message>
    <message>
        <source>Your account may not see the figures of this office.</source>
        <translation>Ihr Konto darf die Zahlen dieses Amtes nicht sehen.</translation>
    </message>
    <message>
        <source>The server refused this period: %1</source>
        <translation>Der Server hat diesen Zeitraum abgelehnt: %1</translation>
    </message>
    <message>
        <source>The figures could not be fetched.</source>
        <translation>Die Zahlen konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>This server cannot make statistics reports yet (it needs a newer version of Tresen). The figures can be printed (Ctrl+P) instead.</source>
        <translation>Dieser Server kann noch keine Statistikberichte erstellen (er braucht eine neuere Version von Tresen). Die Zahlen lassen sich stattdessen drucken (Strg+P).</translation>
    </message>
    <message>
        <source>Your account may not export the figures of this office.</source>
        <translation>Ihr Konto darf die Zahlen dieses Amtes nicht exportieren.</translation>
    </message>
    <message>
        <source>The server sent an empty report.</source>
        <translation>Der Server hat einen leeren Bericht geschickt.</translation>
    </message>
    <message>
        <source>The report could not be fetched.</source>
        <translation>Der Bericht konnte nicht abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Visitors appeared</source>
        <translation>Kunden erschienen</translation>
    </message>
    <message>
        <source>Visitors not appeared</source>
        <translation>Kunden nicht erschienen</translation>
    </message>
    <message>
        <source>Appointment visitors appeared</source>
        <translation>Terminkunden erschienen</translation>
    </message>
    <message>
        <source>Appointment visitors not appeared</source>
        <translation>Terminkunden nicht erschienen</translation>
    </message>
    <message>
        <source>Walk-ins appeared</source>
        <translation>Spontankunden erschienen</translation>
    </message>
    <message>
        <source>Walk-ins not appeared</source>
        <translation>Spontankunden nicht erschienen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Wartenummern ausgegeben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Wartezeit Median (Min.)</translation>
    </message>
    <message>
        <source>90th percentile wait (min)</source>
        <translation>Wartezeit 90. Perzentil (Min.)</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>Längste Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>Mean processing time (min)</source>
        <translation>Bearbeitungszeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Median processing time (min)</source>
        <translation>Bearbeitungszeit Median (Min.)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Mean estimate error (min)</source>
        <translation>Abweichung der Schätzung Mittel (Min.)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Je Stunde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Share of arrivals</source>
        <translation>Anteil der Ankünfte</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Je Dienstleistung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Not appeared</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Share of served</source>
        <translation>Anteil der Bedienten</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>Je Schalter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Serving (min)</source>
        <translation>Bedienzeit (Min.)</translation>
    </message>
    <message>
        <source>Present (min)</source>
        <translation>Anwesenheit (Min.)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <source>Walk-ins called</source>
        <translation>Spontankunden aufgerufen</translation>
    </message>
    <message>
        <source>Walk-ins: mean wait (min)</source>
        <translation>Spontankunden: Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Walk-ins: mean way to the counter (min)</source>
        <translation>Spontankunden: Weg zum Schalter Mittel (Min.)</translation>
    </message>
    <message>
        <source>Walk-ins: mean estimated wait (min)</source>
        <translation>Spontankunden: geschätzte Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Appointments called</source>
        <translation>Terminkunden aufgerufen</translation>
    </message>
    <message>
        <source>Appointments: mean wait (min)</source>
        <translation>Terminkunden: Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Appointments: mean way to the counter (min)</source>
        <translation>Terminkunden: Weg zum Schalter Mittel (Min.)</translation>
    </message>
    <message>
        <source>Appointments: mean estimated wait (min)</source>
        <translation>Terminkunden: geschätzte Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Statistics %1 – %2</source>
        <translation>Statistik %1 – %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Offices: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Service level: the share called within %n minutes.</source>
        <translation>
            <numerusform>Servicelevel: der Anteil, der innerhalb von %n Minute aufgerufen wurde.</numerusform>
            <numerusform>Servicelevel: der Anteil, der innerhalb von %n Minuten aufgerufen wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service level: the share called within each office&apos;s wait target.</source>
        <translation>Servicelevel: der Anteil, der innerhalb des Wartezeitziels des Standorts aufgerufen wurde.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <source>Mean way to the counter (min)</source>
        <translation>Weg zum Schalter Mittel (Min.)</translation>
    </message>
    <message>
        <source>Mean estimated wait (min)</source>
        <translation>Geschätzte Wartezeit Mittel (Min.)</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Spontankunden</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Terminkunden</translation>
    </message>
    <message>
        <source>Appeared</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Appointment visitors</source>
        <translation>Terminkunden</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Walk-ins: %1 appeared, %2 not appeared. Appointments: %3 appeared, %4 not appeared. Cancelled: %5. Open: %6.</source>
        <translation>Spontankunden: %1 erschienen, %2 nicht erschienen. Terminkunden: %3 erschienen, %4 nicht erschienen. Storniert: %5. Offen: %6.</translation>
    </message>
    <message>
        <source>Arrivals and served per hour</source>
        <translation>Ankünfte und Bediente je Stunde</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Uhrzeit (Stunde)</translation>
    </message>
    <message>
        <source>Mean wait per hour (min)</source>
        <translation>Mittlere Wartezeit je Stunde (Min.)</translation>
    </message>
    <message>
        <source>MM/dd</source>
        <extracomment>A day on a chart&apos;s axis, as QDate::toString writes it; German &quot;dd.MM.&quot;</extracomment>
        <translation>dd.MM.</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Kunden je Tag</translation>
    </message>
    <message>
        <source>No visitors in this period.</source>
        <translation>In diesem Zeitraum keine Besucher.</translation>
    </message>
    <message>
        <source>%1: figures per counter are not shown (staff agreement)</source>
        <translation>%1: keine Zahlen je Schalter (Dienstvereinbarung)</translation>
    </message>
</context>
<context>
    <name>StatisticsWorkspace</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>The period&apos;s figures as a spreadsheet (XLSX, CSV) or a PDF report.</source>
        <translation>Die Zahlen des Zeitraums als Tabelle (XLSX, CSV) oder als PDF-Bericht.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Prints the figures as they are shown.</source>
        <translation>Druckt die Zahlen so, wie sie angezeigt werden.</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>A&amp;mt:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Daten wählen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Wartend jetzt</translation>
    </message>
    <message>
        <source>Longest wait now</source>
        <translation>Längste Wartezeit jetzt</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Wartenummern</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median der Wartezeit</translation>
    </message>
    <message>
        <source>9 in 10 waited at most</source>
        <translation>9 von 10 warteten höchstens</translation>
    </message>
    <message>
        <source>Of the visitors called, the share who did not come.</source>
        <translation>Der Anteil der aufgerufenen Besucher, die nicht erschienen sind.</translation>
    </message>
    <message>
        <source>Of the visitors called, the share called within the office&apos;s wait target.</source>
        <translation>Der Anteil der aufgerufenen Besucher, die innerhalb des Wartezeitziels des Amtes aufgerufen wurden.</translation>
    </message>
    <message>
        <source>Half of the visitors waited at most this long.</source>
        <translation>Die Hälfte der Besucher wartete höchstens so lange.</translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation>Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Besucher je Tag</translation>
    </message>
    <message>
        <source>Colo&amp;ur by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Je Dienstleistung</translation>
    </message>
    <message>
        <source>No service was asked for.</source>
        <translation>Keine Dienstleistung wurde nachgefragt.</translation>
    </message>
    <message>
        <source>Figures per service</source>
        <translation>Zahlen je Dienstleistung</translation>
    </message>
    <message>
        <source>Per counter</source>
        <translation>Je Schalter</translation>
    </message>
    <message>
        <source>No counter has served anyone.</source>
        <translation>Kein Schalter hat jemanden bedient.</translation>
    </message>
    <message>
        <source>Figures per counter</source>
        <translation>Zahlen je Schalter</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Zahlen aktualisieren</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>Print the figures</source>
        <translation>Zahlen drucken</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Ämter</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Keine Zahlen</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Die Zahlen werden geladen…</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 noch offen</translation>
    </message>
    <message>
        <source>of %1 tickets</source>
        <translation>von %1 Wartenummern</translation>
    </message>
    <message>
        <source>%1 of %2 called</source>
        <translation>%1 von %2 Aufgerufenen</translation>
    </message>
    <message>
        <source>called within %1 min</source>
        <translation>aufgerufen innerhalb von %1 Min.</translation>
    </message>
    <message>
        <source>No visitors yet today</source>
        <translation>Heute noch keine Besucher</translation>
    </message>
    <message>
        <source>The figures appear here as soon as the first ticket of the day is drawn.</source>
        <translation>Die Zahlen erscheinen hier, sobald die erste Wartenummer des Tages gezogen ist.</translation>
    </message>
    <message>
        <source>%1 at a counter</source>
        <translation>%1 am Schalter</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Uhr</translation>
    </message>
    <message>
        <source>Arrivals and served per hour, with the mean wait</source>
        <translation>Ankünfte und Bediente je Stunde, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>No visitors in this period</source>
        <translation>In diesem Zeitraum keine Besucher</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Tickets and served per hour, with the mean wait</source>
        <translation>Wartenummern und Bediente je Stunde, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Tickets and served per day, with the mean wait</source>
        <translation>Wartenummern und Bediente je Tag, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Tickets and served per week, with the mean wait</source>
        <translation>Wartenummern und Bediente je Woche, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Tickets and served per month, with the mean wait</source>
        <translation>Wartenummern und Bediente je Monat, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Tickets and served per weekday, with the mean wait</source>
        <translation>Wartenummern und Bediente je Wochentag, mit der mittleren Wartezeit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Live · as of %1</source>
        <translation>Live · Stand %1</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>Not live – figures as of %1</source>
        <translation>Nicht live – Zahlen von %1</translation>
    </message>
    <message>
        <source>Not live – figures as of %1 (%2)</source>
        <translation>Nicht live – Zahlen von %1 (%2)</translation>
    </message>
    <message>
        <source>Figures as of %1 (%2)</source>
        <translation>Zahlen von %1 (%2)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Zahlen von %1</translation>
    </message>
    <message>
        <source>Statistics – %1 – %2</source>
        <translation>Statistik – %1 – %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>The server is making the report…</source>
        <translation>Der Server erstellt den Bericht…</translation>
    </message>
    <message>
        <source>The figures were not exported. %1</source>
        <translation>Die Zahlen wurden nicht exportiert. %1</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>Die Zahlen wurden als %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The figures were sent to the printer.</source>
        <translation>Die Zahlen wurden an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Show the &amp;last 8 weeks</source>
        <translation>&amp;Letzte 8 Wochen zeigen</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>a day of the chart: its format</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>No figures per counter for %1: kept off by agreement with the staff council.</source>
        <translation>Keine Zahlen je Schalter für %1: abgeschaltet nach Vereinbarung mit dem Personalrat.</translation>
    </message>
    <message>
        <source>What &amp;if…</source>
        <translation>Was wäre, &amp;wenn …</translation>
    </message>
    <message>
        <source>Plays the office&apos;s days of the period again with other counters per hour, under each way of calling; suggests the fewest counters for the wait target.</source>
        <translation>Spielt die Tage des Zeitraums mit anderen Schalterzahlen je Stunde und jeder Aufrufreihenfolge noch einmal durch; schlägt die wenigsten Schalter für das Wartezeitziel vor.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The local cache could not be reset: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>The server sent a change that is not understood.</source>
        <translation>Der Server hat eine unverständliche Änderung geschickt.</translation>
    </message>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message numerus="yes">
        <source>Estimated waiting time: about %n min</source>
        <translation>
            <numerusform>Geschätzte Wartezeit: etwa %n Minute</numerusform>
            <numerusform>Geschätzte Wartezeit: etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Please watch the display in the waiting room.</source>
        <translation>Bitte achten Sie auf die Anzeige im Wartebereich.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>%1 weiterleiten</translation>
    </message>
    <message>
        <source>To the &amp;service:</source>
        <translation>An die &amp;Dienstleistung:</translation>
    </message>
    <message>
        <source>To the &amp;counter:</source>
        <translation>An den &amp;Schalter:</translation>
    </message>
    <message>
        <source>The visitor keeps the number and their place in line.</source>
        <translation>Die Person behält ihre Nummer und ihren Platz in der Reihe.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
</context>
<context>
    <name>TresenSim</name>
    <message>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>served</source>
        <translation>bedient</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>mean wait (min)</source>
        <translation>mittlere Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>median wait (min)</source>
        <translation>Median der Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>p90 wait (min)</source>
        <translation>Wartezeit, 90 % höchstens (Min.)</translation>
    </message>
    <message>
        <source>p95 wait (min)</source>
        <translation>Wartezeit, 95 % höchstens (Min.)</translation>
    </message>
    <message>
        <source>longest wait (min)</source>
        <translation>längste Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>called within %1 min</source>
        <translation>aufgerufen innerhalb von %1 Min.</translation>
    </message>
    <message>
        <source>appointments late, p90 (min)</source>
        <translation>Termine verspätet, 90 % höchstens (Min.)</translation>
    </message>
    <message>
        <source>estimate error, median (min)</source>
        <translation>Fehler der Schätzung, Median (Min.)</translation>
    </message>
    <message>
        <source>ZMS formula&apos;s error, median (min)</source>
        <translation>Fehler der ZMS-Formel, Median (Min.)</translation>
    </message>
    <message>
        <source>counters busy</source>
        <translation>Schalter ausgelastet</translation>
    </message>
    <message>
        <source>Plays whole days at an office with the dispatcher the server runs.</source>
        <translation>Spielt ganze Tage eines Amtes mit der Aufrufreihenfolge durch, die der Server verwendet.</translation>
    </message>
    <message>
        <source>The scenario (JSON, see docs/simulation.md).</source>
        <translation>Das Szenario (JSON, siehe docs/simulation.md).</translation>
    </message>
    <message>
        <source>The dispatch policy: fifo, zms or tresen.</source>
        <translation>Die Aufrufregel: fifo, zms oder tresen.</translation>
    </message>
    <message>
        <source>Days to play (1 to 3650).</source>
        <translation>Zu spielende Tage (1 bis 3650).</translation>
    </message>
    <message>
        <source>The seed of the random visitors.</source>
        <translation>Der Startwert der zufälligen Besucher.</translation>
    </message>
    <message>
        <source>One JSON object as the result.</source>
        <translation>Ein JSON-Objekt als Ergebnis.</translation>
    </message>
    <message>
        <source>Every policy side by side, as a table.</source>
        <translation>Alle Aufrufregeln nebeneinander, als Tabelle.</translation>
    </message>
    <message>
        <source>Unknown policy &quot;%1&quot;: fifo, zms or tresen.</source>
        <translation>Unbekannte Aufrufregel „%1“: fifo, zms oder tresen.</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650.</source>
        <translation>--days muss eine ganze Zahl von 1 bis 3650 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation>--seed muss eine ganze Zahl von 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), seed %1</source>
        <translation>
            <numerusform>%n Tag, Startwert %1</numerusform>
            <numerusform>%n Tage, Startwert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--office needs the office&apos;s id.</source>
        <translation>--office braucht die Nummer (id) des Amts.</translation>
    </message>
    <message>
        <source>--from and --to need days such as 2026-11-02, --to not before --from, at most a year apart.</source>
        <translation>--from und --to brauchen Tage wie 2026-11-02, --to nicht vor --from, höchstens ein Jahr auseinander.</translation>
    </message>
    <message>
        <source>--weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>--weekday muss 1 (Montag) bis 7 (Sonntag) sein.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The database is at schema version %1, this program reads %2: run tresen-server migrate first.</source>
        <translation>Die Datenbank hat Schemaversion %1, dieses Programm liest %2: bitte zuerst tresen-server migrate ausführen.</translation>
    </message>
    <message>
        <source>There is no office %1.</source>
        <translation>Es gibt kein Amt %1.</translation>
    </message>
    <message>
        <source>The office has no active counter.</source>
        <translation>Das Amt hat keinen aktiven Schalter.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Die Datenbank meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>Derive the scenario from an office&apos;s past days in this database (postgresql://… or sqlite:PATH) instead of --scenario.</source>
        <translation>Das Szenario statt aus --scenario aus vergangenen Tagen eines Amts in dieser Datenbank ableiten (postgresql://… oder sqlite:PFAD).</translation>
    </message>
    <message>
        <source>The office&apos;s id (with --from-database).</source>
        <translation>Die Nummer (id) des Amts (mit --from-database).</translation>
    </message>
    <message>
        <source>The first day (with --from-database).</source>
        <translation>Der erste Tag (mit --from-database).</translation>
    </message>
    <message>
        <source>The last day (with --from-database).</source>
        <translation>Der letzte Tag (mit --from-database).</translation>
    </message>
    <message>
        <source>Only these weekdays: 1 (Monday) to 7 (with --from-database).</source>
        <translation>Nur diese Wochentage: 1 (Montag) bis 7 (mit --from-database).</translation>
    </message>
    <message>
        <source>Also write the scenario played to this file.</source>
        <translation>Das gespielte Szenario zusätzlich in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Either --scenario FILE or --from-database URL is needed.</source>
        <translation>Entweder --scenario DATEI oder --from-database URL wird gebraucht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The fewest counters per hour with which this share (e.g. 0.8) of the visitors is called within the scenario&apos;s target, under --policy.</source>
        <translation>Die wenigsten Schalter je Stunde, mit denen dieser Anteil (z. B. 0.8) der Besucher innerhalb des Ziels des Szenarios aufgerufen wird, mit --policy.</translation>
    </message>
    <message>
        <source>--advise-staffing needs a share above 0 and at most 1.</source>
        <translation>--advise-staffing braucht einen Anteil über 0 und höchstens 1.</translation>
    </message>
    <message numerus="yes">
        <source>Counters per hour for %1 % called within %2 min (%3, %n day(s)):</source>
        <translation>
            <numerusform>Schalter je Stunde, damit %1 % innerhalb von %2 Min. aufgerufen werden (%3, %n Tag):</numerusform>
            <numerusform>Schalter je Stunde, damit %1 % innerhalb von %2 Min. aufgerufen werden (%3, %n Tage):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached in every hour even with all %n counter(s).</source>
        <translation>
            <numerusform>Nicht in jeder Stunde erreicht, auch nicht mit dem einen Schalter.</numerusform>
            <numerusform>Nicht in jeder Stunde erreicht, auch nicht mit allen %n Schaltern.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>walk-ins: estimate error, median / p90 (min)</source>
        <translation>Ohne Termin: Fehler der Schätzung, Median / p90 (Min.)</translation>
    </message>
    <message>
        <source>walk-ins: ZMS formula&apos;s error, median / p90 (min)</source>
        <translation>Ohne Termin: Fehler der ZMS-Formel, Median / p90 (Min.)</translation>
    </message>
</context>
<context>
    <name>WeddingCalendar</name>
    <message>
        <source>Wedding %1 &amp; %2, %3</source>
        <translation>Trauung %1 &amp; %2, %3</translation>
    </message>
    <message>
        <source>Please enter the names of both partners.</source>
        <translation>Bitte die Namen beider Partner eingeben.</translation>
    </message>
    <message>
        <source>This slot is not free.</source>
        <translation>Dieser Termin ist nicht frei.</translation>
    </message>
    <message>
        <source>Reserve %1</source>
        <translation>%1 reservieren</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move %1 to %2, %3</source>
        <translation>%1 verlegen nach %2, %3</translation>
    </message>
    <message>
        <source>The slot was reserved by someone else meanwhile. Please choose another one.</source>
        <translation>Der Termin wurde inzwischen von jemand anderem reserviert. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>The slot is blocked. Please choose another one.</source>
        <translation>Der Termin ist gesperrt. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>The slot has passed. Please choose another one.</source>
        <translation>Der Termin ist vorbei. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>The registration needs every paper ticked as received or not needed.</source>
        <translation>Für die Anmeldung muss jede Unterlage als vorgelegt oder entfällt markiert sein.</translation>
    </message>
    <message>
        <source>Please choose the registrar before confirming.</source>
        <translation>Bitte vor dem Bestätigen die Standesbeamtin oder den Standesbeamten festlegen.</translation>
    </message>
    <message>
        <source>Please enter the fee&apos;s Kassenzeichen before confirming.</source>
        <translation>Bitte vor dem Bestätigen das Kassenzeichen der Gebühr eintragen.</translation>
    </message>
    <message>
        <source>The wedding has not begun yet.</source>
        <translation>Die Trauung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>This step does not follow from the booking&apos;s status.</source>
        <translation>Dieser Schritt passt nicht zum Stand der Buchung.</translation>
    </message>
    <message>
        <source>Someone else changed this booking meanwhile. Your change was undone; please look at the booking again.</source>
        <translation>Jemand anderes hat diese Buchung inzwischen geändert. Ihre Änderung wurde zurückgenommen; bitte die Buchung noch einmal ansehen.</translation>
    </message>
    <message>
        <source>The reservation has lapsed; its slot is free again.</source>
        <translation>Die Reservierung ist verfallen; der Termin ist wieder frei.</translation>
    </message>
    <message>
        <source>The booking is completed or cancelled and can no longer be changed.</source>
        <translation>Die Buchung ist abgeschlossen oder storniert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The server does not know this slot or booking.</source>
        <translation>Der Server kennt diesen Termin oder diese Buchung nicht.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>Der Server hat die Änderung abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Reserved (provisional)</source>
        <translation>Reserviert (vorläufig)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Vollzogen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Identity cards or passports of both</source>
        <translation>Ausweise oder Pässe beider</translation>
    </message>
    <message>
        <source>Certified birth register extracts</source>
        <translation>Geburtsregister-Ausdrucke</translation>
    </message>
    <message>
        <source>Extended residence certificates</source>
        <translation>Erweiterte Meldebescheinigungen</translation>
    </message>
    <message>
        <source>Proof that earlier marriages ended</source>
        <translation>Auflösung früherer Ehen</translation>
    </message>
    <message>
        <source>Foreign documents with translation</source>
        <translation>Ausländische Urkunden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>received</source>
        <translation>liegt vor</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>entfällt</translation>
    </message>
</context>
<context>
    <name>WeddingConfirmation</name>
    <message>
        <source>Reservation of your wedding date</source>
        <translation>Reservierung Ihres Trautermins</translation>
    </message>
    <message>
        <source>Your wedding date</source>
        <translation>Ihr Trautermin</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2 Uhr</translation>
    </message>
    <message>
        <source>For: %1 and %2</source>
        <translation>Für: %1 und %2</translation>
    </message>
    <message>
        <source>This reservation is provisional. Please register your marriage in person, with the papers below, by %1; otherwise the date is released.</source>
        <translation>Diese Reservierung ist vorläufig. Bitte melden Sie Ihre Eheschließung bis %1 persönlich mit den unten genannten Unterlagen an; sonst wird der Termin wieder freigegeben.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Bitte mitbringen:</translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation> (falls zutreffend)</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ihr Buchungscode</translation>
    </message>
    <message>
        <source>Please bring this sheet along with your papers: its code files them with your booking.</source>
        <translation>Bitte bringen Sie dieses Blatt mit Ihren Unterlagen mit: Sein Code ordnet sie Ihrer Buchung zu.</translation>
    </message>
    <message>
        <source>Wedding %1</source>
        <translation>Trauung %1</translation>
    </message>
</context>
<context>
    <name>WeddingMoveDialog</name>
    <message>
        <source>Move the wedding</source>
        <translation>Trauung verlegen</translation>
    </message>
    <message>
        <source>Move the wedding of %1 &amp; %2 (now %3, %4) to:</source>
        <translation>Trauung von %1 &amp; %2 (jetzt %3, %4) verlegen auf:</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>Any weekday</source>
        <translation>Jeder Wochentag</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Wochentag:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Hierhin verlegen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No free slot matches; choose another room, weekday or days.</source>
        <translation>Kein freier Termin passt; wählen Sie einen anderen Raum, Wochentag oder Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s)</source>
        <translation>
            <numerusform>%n freier Termin</numerusform>
            <numerusform>%n freie Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Freie Trautermine</translation>
    </message>
</context>
<context>
    <name>WeddingReservationDialog</name>
    <message>
        <source>Reserve a wedding slot</source>
        <translation>Trautermin reservieren</translation>
    </message>
    <message>
        <source>e.g. interpreter, number of guests</source>
        <translation>z. B. Dolmetscher, Zahl der Gäste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>The reservation is provisional: the couple registers in person with their papers before it lapses.</source>
        <translation>Die Reservierung ist vorläufig: Das Paar meldet sich persönlich mit seinen Unterlagen an, bevor sie verfällt.</translation>
    </message>
    <message>
        <source>Partner &amp;1:</source>
        <translation>Partner/in &amp;1:</translation>
    </message>
    <message>
        <source>Partner &amp;2:</source>
        <translation>Partner/in &amp;2:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Reservieren</translation>
    </message>
</context>
<context>
    <name>WeddingWeekModel</name>
    <message>
        <source>(not yet sent)</source>
        <translation>(noch nicht gesendet)</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Paar</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>The server&apos;s scenario cannot be played: %1</source>
        <translation>Das Szenario des Servers lässt sich nicht durchspielen: %1</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>In order of arrival</source>
        <translation>Nach Ankunft</translation>
    </message>
    <message>
        <source>As in ZMS</source>
        <translation>Wie in ZMS</translation>
    </message>
    <message>
        <source>Tresen</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <source>What if … – %1</source>
        <translation>Was wäre, wenn … – %1</translation>
    </message>
    <message>
        <source>The office&apos;s days from %1 to %2, played again with the counters you set for each hour, under each way of calling. The days are the same for every trial: what changes is only what you change.</source>
        <translation>Die Tage des Amts vom %1 bis %2, noch einmal durchgespielt mit den Schaltern, die Sie je Stunde einstellen, und mit jeder Aufrufreihenfolge. Die Tage sind bei jedem Versuch dieselben: Es ändert sich nur, was Sie ändern.</translation>
    </message>
    <message>
        <source>Every day of the period</source>
        <translation>Alle Tage des Zeitraums</translation>
    </message>
    <message>
        <source>Only %1s</source>
        <translation>Nur die %1e</translation>
    </message>
    <message>
        <source>The way of calling the hours&apos; column and the suggestion follow.</source>
        <translation>Die Aufrufreihenfolge, der die Spalte je Stunde und der Vorschlag folgen.</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Calling &amp;order:</source>
        <translation>Aufruf&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>Counters &amp;per hour:</source>
        <translation>Schalter &amp;je Stunde:</translation>
    </message>
    <message>
        <source>Waits on those days:</source>
        <translation>Wartezeiten an diesen Tagen:</translation>
    </message>
    <message>
        <source>&amp;Suggest counters for %1 %</source>
        <translation>&amp;Vorschlag für %1 %</translation>
    </message>
    <message>
        <source>Sets the fewest counters per hour with which %1 % of the visitors of each hour are called within the office&apos;s wait target.</source>
        <translation>Stellt je Stunde die wenigsten Schalter ein, mit denen %1 % der Besucher dieser Stunde innerhalb des Wartezeitziels des Amts aufgerufen werden.</translation>
    </message>
    <message>
        <source>The office&apos;s days could not be fetched.</source>
        <translation>Die Tage des Amts ließen sich nicht abrufen.</translation>
    </message>
    <message>
        <source>The office&apos;s days are being fetched …</source>
        <translation>Die Tage des Amts werden abgerufen …</translation>
    </message>
    <message>
        <source>Nobody came on these days: choose other days in the Statistik workspace&apos;s period, or every day of it.</source>
        <translation>An diesen Tagen kam niemand: Wählen Sie andere Tage im Zeitraum der Statistik oder alle Tage des Zeitraums.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) with %1 visitors; %2 counters serve now.</source>
        <translation>
            <numerusform>Aus %n Tag mit %1 Besuchern; heute bedienen %2 Schalter.</numerusform>
            <numerusform>Aus %n Tagen mit %1 Besuchern; heute bedienen %2 Schalter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Called within %1 min</source>
        <translation>Aufgerufen in %1 Min.</translation>
    </message>
    <message>
        <source>Counters from %1</source>
        <translation>Schalter ab %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>9 in 10 wait at most</source>
        <translation>9 von 10 warten höchstens</translation>
    </message>
    <message>
        <source>19 in 20 wait at most</source>
        <translation>19 von 20 warten höchstens</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Appointments late, 9 in 10 at most</source>
        <translation>Termine verspätet, 9 von 10 höchstens</translation>
    </message>
    <message>
        <source>Counters busy</source>
        <translation>Schalter ausgelastet</translation>
    </message>
    <message numerus="yes">
        <source>The fewest counters per hour for %1 % called in time: %n counter hour(s) in all.</source>
        <translation>
            <numerusform>Die wenigsten Schalter je Stunde für %1 % rechtzeitig Aufgerufene: insgesamt %n Schalterstunde.</numerusform>
            <numerusform>Die wenigsten Schalter je Stunde für %1 % rechtzeitig Aufgerufene: insgesamt %n Schalterstunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even every counter does not reach %1 % in every hour; the hours that miss it are marked.</source>
        <translation>Selbst alle Schalter erreichen nicht in jeder Stunde %1 %; die Stunden, die es verfehlen, sind markiert.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Counter</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Weddings</source>
        <translation>Trauungen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Call the next visitor, recall, transfer and finish tickets.</source>
        <translation>Nächste Person aufrufen, erneut aufrufen, weiterleiten und Vorgänge abschließen.</translation>
    </message>
    <message>
        <source>See, book and rebook appointments; check visitors in by their QR code.</source>
        <translation>Termine ansehen, buchen und umbuchen; Besucher per QR-Code einchecken.</translation>
    </message>
    <message>
        <source>Wedding rooms and slots, reservations, documents and registrars.</source>
        <translation>Trauzimmer und Termine, Reservierungen, Unterlagen und Standesbeamte.</translation>
    </message>
    <message>
        <source>Scan or import documents and read every QR code and barcode on them.</source>
        <translation>Dokumente scannen oder einlesen und alle QR-Codes und Barcodes darauf lesen.</translation>
    </message>
    <message>
        <source>Look up whether a fee or fine has been paid online.</source>
        <translation>Nachsehen, ob eine Gebühr oder ein Verwarnungsgeld online bezahlt wurde.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Offices, services, counters, opening hours, wedding rooms, accounts, settings and the audit log.</source>
        <translation>Ämter, Dienstleistungen, Schalter, Öffnungszeiten, Trauzimmer, Konten, Einstellungen und das Protokoll.</translation>
    </message>
    <message>
        <source>Today live and any period: waits, visitors per hour, services, counters; exports for the city.</source>
        <translation>Heute live und jeder Zeitraum: Wartezeiten, Besucher je Stunde, Dienstleistungen, Schalter; Exporte für die Stadt.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>The tools of this workspace are not installed in this version of Tresen yet.</source>
        <translation>Die Werkzeuge dieses Arbeitsbereichs sind in dieser Version von Tresen noch nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Tresen</source>
        <translation>Tresen</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>Der lokale Zwischenspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The scan folder plugin is not installed.</source>
        <translation>Das Plugin für den Scan-Ordner ist nicht installiert.</translation>
    </message>
    <message>
        <source>Scan folder: %1</source>
        <translation>Scan-Ordner: %1</translation>
    </message>
    <message>
        <source>The cache of the previous version could not be read: %1</source>
        <translation>Der lokale Zwischenspeicher der vorigen Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The other logins&apos; caches on this workstation could not be read: %1</source>
        <translation>Die lokalen Zwischenspeicher anderer Anmeldungen an diesem Arbeitsplatz konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The local data of %1 could not be deleted: %2</source>
        <translation>Die lokalen Daten von %1 konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The local data of logins unused for a long time could not be deleted: %1</source>
        <translation>Die lokalen Daten lange nicht genutzter Anmeldungen konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Your roles have changed since you last worked here: the local data is loaded again.</source>
        <translation>Ihre Rollen haben sich seit Ihrer letzten Arbeit hier geändert: Die lokalen Daten werden neu geladen.</translation>
    </message>
    <message>
        <source>%1 is already logged in to this server in another Tresen window on this computer. Please continue in that window, or close it and log in again.</source>
        <translation>%1 ist auf diesem Computer bereits in einem anderen Tresen-Fenster an diesem Server angemeldet. Bitte arbeiten Sie in jenem Fenster weiter oder schließen Sie es und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The local cache of %1 could not be locked.</source>
        <translation>Der lokale Zwischenspeicher von %1 konnte nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Show in a window instead of full screen.</source>
        <translation>In einem Fenster statt im Vollbild anzeigen.</translation>
    </message>
    <message>
        <source>Counter workstation for the Bürgeramt and the Standesamt.</source>
        <translation>Schalterarbeitsplatz für Bürgeramt und Standesamt.</translation>
    </message>
    <message>
        <source>Connect to this city server instead of the demo backend on this computer.</source>
        <translation>Mit diesem Server der Stadt statt mit dem Demo-Server auf diesem Computer verbinden.</translation>
    </message>
    <message>
        <source>The waiting-room call display. The password comes from --password-file or the TRESEN_DISPLAY_PASSWORD environment variable.</source>
        <translation>Die Aufrufanzeige für den Wartebereich. Das Passwort kommt aus --password-file oder der Umgebungsvariablen TRESEN_DISPLAY_PASSWORD.</translation>
    </message>
    <message>
        <source>The city server&apos;s address.</source>
        <translation>Die Adresse des Servers der Stadt.</translation>
    </message>
    <message>
        <source>The display&apos;s login.</source>
        <translation>Der Benutzername der Anzeige.</translation>
    </message>
    <message>
        <source>File with the display&apos;s password.</source>
        <translation>Datei mit dem Passwort der Anzeige.</translation>
    </message>
    <message>
        <source>The office to show (id).</source>
        <translation>Die anzuzeigende Dienststelle (ID).</translation>
    </message>
    <message>
        <source>No gong on a call.</source>
        <translation>Kein Gong beim Aufruf.</translation>
    </message>
    <message>
        <source>Announce each call by voice (German).</source>
        <translation>Jeden Aufruf zusätzlich ansagen (Deutsch).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (the city&apos;s own CA).</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen (der eigenen CA der Stadt).</translation>
    </message>
</context>
</TS>
