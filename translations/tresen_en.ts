<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminProblem</name>
    <message>
        <source>Someone else changed this in the meantime. The table shows the current state; please make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still in use (waiting tickets, coming appointments or weddings), so it cannot be retired yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot move to another office. Create it anew there and retire this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments or weddings are booked on a closure day. Move or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is taken already in this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prefix is taken already in this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to something retired. Activate that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator. Give another account the role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too weak: at least 12 characters, not a common password and not the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to an office you do not administer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministeredKinds</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bürgeramt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one to three letters A–Z, printed before the ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and . _ @ - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or rebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics per counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationWorkspace</name>
    <message>
        <source>The Bürgerämter and Standesämter of the city. An office is never deleted: retired, it keeps its history but takes no new tickets or bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the office &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes no new tickets or bookings afterwards. Waiting tickets and coming appointments must be dealt with first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offices yet. Create the first one with New… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What visitors come for. The prefix goes before the ticket number (A 017); the typical duration plans appointment slots until Tresen has learned the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the service &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes no new tickets or appointments afterwards; counters stop offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office offers no services yet. Create one with New… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counters of an office and the services each one serves. A clerk calls only tickets of the counter&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the counter &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk can call at it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no counters yet. Create one with New… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Standesamt&apos;s wedding rooms and their slot rule: on which days, from the first to the last start, how long each wedding takes. Free slots follow a changed rule; booked ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wedding room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the wedding room &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new weddings can be booked in it. Coming weddings must be moved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wedding rooms in this Standesamt yet. Create one with New… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who logs in, and the devices (call displays, kiosks). Without an office an account works in every office; a device belongs to exactly one. Disabling ends the account&apos;s sessions at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sessions end at once and it can no longer log in. Its entries in the audit log stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wedding rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their sessions end at once. A person must choose an own password at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password of &quot;%1&quot; is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now. Pass it on in person, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the citizen&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking code. A booking code has 8 characters, e.g. K7M2-9QXP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was marked as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not reached the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in booking code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time was booked up meanwhile. Please choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has passed. Please choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not bookable (opening hours or slot length). Please choose a suggested time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this appointment meanwhile. Your change was undone; please look at the appointment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is no longer open (checked in, cancelled or done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment has already been checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was marked as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact data of this appointment has been removed (retention period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this appointment or booking code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Ticket number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been checked in. Ticket number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among today&apos;s appointments known to this computer. Without a connection to the server only those can be checked in. Please check the code, or issue a ticket at the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentConfirmation</name>
    <message>
        <source>Appointment confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (about %n minutes)</source>
        <translation>
            <numerusform>%1 (about %n minute)</numerusform>
            <numerusform>%1 (about %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment confirmation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code at the entrance or give the code at the counter to check in; you will then be called by your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• this confirmation and your identity card or passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• this confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or rebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot come? Please cancel or rebook in good time with your booking code, by phone or at the counter, so that someone else can have the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDayModel</name>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is waiting to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked via</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Change appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. brings the form, needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free &amp;times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked &amp;via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact data was removed after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: free times cannot be shown. Enter a time; the server checks it when the connection is back, and tells you if it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading free times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times could not be loaded (%1). You can still enter a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n free)</numerusform>
            <numerusform>%1 (%n free)</numerusform>
        </translation>
    </message>
    <message>
        <source>No free times on this day. Please try another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s). Choose one; Enter goes on to the name.</source>
        <translation>
            <numerusform>%n free time. Choose one; Enter goes on to the name.</numerusform>
            <numerusform>%n free times. Choose one; Enter goes on to the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentSearchModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentWeekModel</name>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) free</source>
        <translation>
            <numerusform>%1 of %n place free</numerusform>
            <numerusform>%1 of %n places free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Type or scan the booking code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to open that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a new appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the check-in field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (%2) is checked in. Ticket number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1 on %2, booking code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day. Book one with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be sent when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent (%1). Nothing is lost.</source>
        <translation>
            <numerusform>%n change waiting to be sent (%1). Nothing is lost.</numerusform>
            <numerusform>%n changes waiting to be sent (%1). Nothing is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be checked in when the connection is back; the ticket number follows then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no services yet; the workstation is still syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked on this computer; it is sent when the connection is back. The booking code follows then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2? The time becomes free for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the appointment of %1 as missed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up. The confirmation was saved as %1 (to print or send by e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all days for a name or code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the appointment&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment on any day matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 matches are shown; type more of the name or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The slip is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The slip could not be saved as PDF in %2; please tell the visitor the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. No printer is set up: the slip was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login blocked (too many tries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding room created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding room changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup file applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after retention time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password change blocked (too many tries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding slot reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline changes discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who changed or read what, newest first. Every entry is chained to the one before it (tresen-server audit verify). Reading and exporting the log are recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendClient</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this with your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Please try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON. Is the address really a Tresen server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). Check the address and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Please wait %n second(s) and try again, or ask your administrator.</source>
        <translation>
            <numerusform>Too many wrong passwords for this user. Please wait %n second and try again, or ask your administrator.</numerusform>
            <numerusform>Too many wrong passwords for this user. Please wait %n seconds and try again, or ask your administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallBoard</name>
    <message>
        <source>Number %1, please go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDisplayWindow</name>
    <message>
        <source>Tresen – call display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connection lost – this display may not be up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go to the counter shown when your number appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n waiting, about %3 min</source>
        <translation>
            <numerusform>%1 %2: %n waiting, about %3 min</numerusform>
            <numerusform>%1 %2: %n waiting, about %3 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeedHost</name>
    <message>
        <source>Cannot listen for other servers&apos; changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost – reconnecting in %n s</source>
        <translation>
            <numerusform>Connection lost – reconnecting in %n s</numerusform>
            <numerusform>Connection lost – reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>Choose the counter of this workstation first (at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Calling is possible again as soon as the connection is back; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter still has a visitor. Finish or put them back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was changed in the meantime; the view is up to date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please call once more first: a visitor is called %n time(s) before being marked as not come.</source>
        <translation>
            <numerusform>Please call once more first: a visitor is called %n time before being marked as not come.</numerusform>
            <numerusform>Please call once more first: a visitor is called %n times before being marked as not come.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too late to take this back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked as not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transferred to the service %2, keeping its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transferred to %2, keeping its place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called at this counter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting again, at its old place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not known on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (%2), issued without connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter has called someone else since; the ticket cannot come back to it. Issue a new ticket if the visitor is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clerk marked this ticket; only they can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer; the ticket may have been issued. Look in the queue before issuing it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterFiguresModel</name>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterWorkspace</name>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a ticket (front desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as not come? The ticket cannot be called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · call %2 · waited %n min (since %3)</source>
        <translation>
            <numerusform>%1 · call %2 · waited %n min (since %3)</numerusform>
            <numerusform>%1 · call %2 · waited %n min (since %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody at this counter. Press F5 to call the next visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket %1? The visitor leaves the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued, but it could not be saved as PDF in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued. No printer is set up: saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and print ticket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected waiting ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and print a ticket (front desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. New tickets appear here as soon as they are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ priority: called before the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = normal. Higher numbers are called first (e.g. for people who cannot wait long); marked ★ in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last no-show or cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The front desk goes on issuing tickets from this workstation&apos;s reserve numbers (%n left); they join the queue when the connection is back.</source>
        <translation>
            <numerusform>The front desk goes on issuing tickets from this workstation&apos;s reserve numbers (%n left); they join the queue when the connection is back.</numerusform>
            <numerusform>The front desk goes on issuing tickets from this workstation&apos;s reserve numbers (%n left); they join the queue when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation has no reserve numbers for today, so no tickets can be issued until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued without connection: it joins the queue as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list once the visitors have been looked after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take these tickets issued without connection. Their visitors hold slips that will not be called; please call them up yourself:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL must look like postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the PDF is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentUpload</name>
    <message>
        <source>The document could not be prepared for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EPayBlProvider</name>
    <message>
        <source>The payment provider reports an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider&apos;s answer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpcQr</name>
    <message>
        <source>The payment code is longer than the 331 bytes the standard allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment code ends too early: name and IBAN are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment code has more than the 12 lines the standard allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment code version &quot;%1&quot; (001 or 002 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown character set &quot;%1&quot; (1 to 8 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not match the character set the code names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identification must be SCT (SEPA credit transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 001 needs a BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid BIC (8 or 11 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s name is longer than 70 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN (wrong format or check digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount (EUR and at most two decimals, e.g. EUR12.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between EUR 0.01 and EUR 999,999,999.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose code has at most 4 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment code has either a structured reference or a text, never both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid creditor reference (RF and check digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remittance text is longer than 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 70 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan folder %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 must be readable and writable (read documents are moved into its subfolder &quot;eingelesen&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontDeskNumbers</name>
    <message>
        <source>This workstation has no reserve numbers left for today. Tickets can be issued again as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number could not be noted on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>No visitors in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors arriving in that hour on an average day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors on an average day (%n days)</source>
        <translation>
            <numerusform>%1 visitors on an average day (%n day)</numerusform>
            <numerusform>%1 visitors on an average day (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest mean wait on %1 at %2 h: %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most visitors on %1 at %2 h: %3 on an average day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait of those who arrived in that hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldWritesBanner</name>
    <message>
        <source>&amp;Send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes listed to the server as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes listed (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server was reset to an earlier state (restored from a backup). %n change(s) made here had not reached it yet; they are not sent until you have checked them: some may already be done again, others may no longer fit.</source>
        <translation>
            <numerusform>The server was reset to an earlier state (restored from a backup). %n change made here had not reached it yet; it is not sent until you have checked it: it may already be done again, or no longer fit.</numerusform>
            <numerusform>The server was reset to an earlier state (restored from a backup). %n changes made here had not reached it yet; they are not sent until you have checked them: some may already be done again, others may no longer fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n change(s) listed? They are not sent to the server and cannot be restored.</source>
        <translation>
            <numerusform>Discard the change listed? It is not sent to the server and cannot be restored.</numerusform>
            <numerusform>Discard the %n changes listed? They are not sent to the server and cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageReader</name>
    <message>
        <source>The file is not an image or PDF that can be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>Enter</source>
        <comment>the name of the Return/Enter key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDataDialogs</name>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the local data of %1 on this workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of %1 have not reached the server yet. Deleting would lose them. Kept, they are sent when %1 logs in here again.</source>
        <translation>
            <numerusform>%n change of %1 has not reached the server yet. Deleting would lose it. Kept, it is sent when %1 logs in here again.</numerusform>
            <numerusform>%n changes of %1 have not reached the server yet. Deleting would lose them. Kept, they are sent when %1 logs in here again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is saved on the server. The data is loaded again at the next login on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete and lose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) of %1 that have not reached the server?</source>
        <translation>
            <numerusform>Discard %n change of %1 that has not reached the server?</numerusform>
            <numerusform>Discard %n changes of %1 that have not reached the server?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are lost for good; %1 would have to make them again. The server&apos;s audit log records that you discarded them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access rights of %1 cannot be narrowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite cannot erase deleted data (secure_delete).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tresen – Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the session. Changes not yet sent stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is wrong. %n more attempt(s), then you are logged out.</source>
        <translation>
            <numerusform>The password is wrong. %n more attempt, then you are logged out.</numerusform>
            <numerusform>The password is wrong. %n more attempts, then you are logged out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginCaches</name>
    <message>
        <source>The cache folder %1 cannot be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Tresen – Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tresen&lt;/b&gt; – counter workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tresen.example-city.de:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backend on this computer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backend is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data with practice logins, e.g. &lt;i&gt;mueller&lt;/i&gt; (clerk), &lt;i&gt;schmidt&lt;/i&gt; (registrar), &lt;i&gt;weber&lt;/i&gt; (supervisor); password &lt;i&gt;demo&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backend could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the demo backend to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backend on this computer is not available. Choose a city server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the server address, e.g. https://tresen.example-city.de:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no workspace on this workstation. Please ask the administration to check your roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen – %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tresen %1&lt;/h3&gt;&lt;p&gt;Counter workstation for the Bürgeramt and the Standesamt: queue calling, appointments, weddings, scanning and payments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;call display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting room&apos;s display, e.g. on a second screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the work until you enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still serving %1 at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or put the ticket back first, or it stays with this counter until someone calls it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter this workstation serves (remembered on this computer). To change it, open the list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes have not been saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and save them (Ctrl+S), or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>Write the times like 08:00-12:00, several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times overlap or are not in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <source>Server default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of one office. Where &quot;Server default&quot; is shown, the server&apos;s own option applies (see the administration guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding &amp;reservation holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep contact data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many days, appointments&apos; contact data and tickets&apos; notes are erased (docs/privacy.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed these settings in the meantime; theirs are shown now. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindestvorlauf für die Anmeldung: reserving a wedding warns when the couple&apos;s registration deadline leaves less time than this before the wedding (0: no warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;lead for the registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order of arrival (as before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in ZMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen: shorter waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calling order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom a counter calls next. Tresen: appointments on time, short visits first while waits are alike, the longer someone waits the fewer pass them, visitors few counters can serve to those counters. In order of arrival: appointments due, then priority, then the line. ZMS: the rules of the ZMS calling system. tresen-sim --compare shows what each would do on a day of your office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <source>When the office is open, for tickets and appointment slots. Several ranges a day are separated by commas; an empty line means closed. On closure days no appointments or weddings can be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the opening hours and closure days (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours of this office have unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the office again on %1? Appointment slots of that day become bookable once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed these opening hours in the meantime; nothing was saved. Discard changes shows theirs, Save replaces them with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for closure days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherLoginsBanner</name>
    <message numerus="yes">
        <source>%n change(s) of %1 discarded.</source>
        <translation>
            <numerusform>%n change of %1 discarded.</numerusform>
            <numerusform>%n changes of %1 discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of %1 were not discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes of %1 (asks first; recorded in the server&apos;s audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherLoginsWrites</name>
    <message numerus="yes">
        <source>%n change(s) made by %1 on this workstation not sent yet: sent when %1 logs in here again.</source>
        <translation>
            <numerusform>%n change made by %1 on this workstation not sent yet: it is sent when %1 logs in here again.</numerusform>
            <numerusform>%n changes made by %1 on this workstation not sent yet: sent when %1 logs in here again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (made by %2; sent when %2 logs in here again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are older than %1 days: they are no longer sent, because the server may have taken them already and forgotten it. Check them; a supervisor discards them.</source>
        <translation>
            <numerusform>%n of them is older than %1 days: it is no longer sent, because the server may have taken it already and forgotten it. Check it; a supervisor discards it.</numerusform>
            <numerusform>%n of them are older than %1 days: they are no longer sent, because the server may have taken them already and forgotten it. Check them; a supervisor discards them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes are older than %1 days and are no longer sent: the server may have taken them already and forgotten it. Check them on the server; a supervisor discards them here.</source>
        <translation>
            <numerusform>%n of your changes is older than %1 days and is no longer sent: the server may have taken it already and forgotten it. Check it on the server; a supervisor discards it here.</numerusform>
            <numerusform>%n of your changes are older than %1 days and are no longer sent: the server may have taken them already and forgotten it. Check them on the server; a supervisor discards them here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by %1 on this workstation were never sent and have been deleted with the local data of %1, unused for more than %2 days.</source>
        <translation>
            <numerusform>%n change made by %1 on this workstation was never sent and has been deleted with the local data of %1, unused for more than %2 days.</numerusform>
            <numerusform>%n changes made by %1 on this workstation were never sent and have been deleted with the local data of %1, unused for more than %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other cache(s) on this workstation are in use in another window and were not read: their waiting changes are not listed here.</source>
        <translation>
            <numerusform>%n other cache on this workstation is in use in another window and was not read: its waiting changes are not listed here.</numerusform>
            <numerusform>%n other caches on this workstation are in use in another window and were not read: their waiting changes are not listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, made on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>The record was anonymised on the server; the change was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWrite</name>
    <message>
        <source>The change could not be saved on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n later change(s) of it)</source>
        <translation>
            <numerusform>(and %n later change of it)</numerusform>
            <numerusform>(and %n later changes of it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please choose a new password before you start.&lt;/b&gt; Your password was set by an administrator; from now on only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password applies at once, and your sessions on other computers end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too short: it needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is on the list of common passwords. Please choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must not be your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters (%2 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition does not match the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password meets the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentCheck</name>
    <message>
        <source>This payment code is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kassenzeichen or Aktenzeichen found in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment status cannot be checked right now. %1 Please try again shortly; do not assume it is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentProvider</name>
    <message>
        <source>The payment provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider reports an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsWorkspace</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open – not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed – not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled – nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has it been paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassenzeichen or Aktenzeichen – type it or scan the notice&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reference and press Enter. A handheld scanner types the code for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From the payment code (GiroCode):&lt;/b&gt;&lt;br&gt;Payee: %1&lt;br&gt;IBAN: %2&lt;br&gt;Amount: %3&lt;br&gt;Reference: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is known under %1. Please check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Purpose:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Method:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up. The confirmation was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled, nothing is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to be paid back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references you look up are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status for %1 (%2): %3. %4. Checked on %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Page %1 of the PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmPaymentProvider</name>
    <message>
        <source>The payment provider&apos;s answer is not valid or not signed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called to counter (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding date (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes read from the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record as stored then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information under Art. 15 GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about you in the appointment and queue system of the citizens&apos; office and the registry office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned documents (metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored history of these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who worked with these records (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedRevision</name>
    <message>
        <source>The database&apos;s highest revision is %1, but this server handed out revision %2 of it: it has gone back (restored from a backup or a snapshot?). Workstations would skip every change up to %2. Restore backups with `tresen-server restore`; if this database is the right one, confirm with `tresen-server confirm-restore --database URL` (workstations then rebuild their caches). Kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %n min</source>
        <translation>
            <numerusform>≈ %n min</numerusform>
            <numerusform>≈ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>A waiting ticket transferred to this counter only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 may have at most %n character.</numerusform>
            <numerusform>%1 may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (shown only now; pass it on in person. A person must change it at the first login, a device keeps it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>The server&apos;s list was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change of %1 is still being saved. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is taken already in this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: takes no new tickets, calls or bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new entry (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a value: select it and type, or press F2. Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanWorkspace</name>
    <message>
        <source>Invalid payment code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF or image files, or drop them here. Every QR code and barcode on every page is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found.</source>
        <translation>
            <numerusform>%n code found.</numerusform>
            <numerusform>%n codes found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No code on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open files… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment confirmation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (split at separator sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pp. %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment (booking code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (Kassenzeichen or Aktenzeichen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment with the booking code %1 is known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not sent: %1 It stays here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan from a scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Password (from the sender of the document):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n protected file(s)…</source>
        <translation>
            <numerusform>Reading %n protected file…</numerusform>
            <numerusform>Reading %n protected files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the scan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan folder: %n new (%1)</source>
        <translation>
            <numerusform>Scan folder: %n new (%1)</numerusform>
            <numerusform>Scan folder: %n new (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan folder unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents a network scanner put into %1. Reading them moves them into its subfolder &quot;eingelesen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wedding booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the selected document to the server, attached to an appointment, a wedding booking, a ticket or a payment case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding reservation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding (booking code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wedding booking with the booking code %1 is known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1 (checksum %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wedding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code: %1, no amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment code: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF or image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or drop a file, or scan one: every code found on it is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages in the document &amp;feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found. Is it switched on and connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>The scenario is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;opening&quot; needs &quot;from&quot; and &quot;to&quot; as times like &quot;08:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;opening&quot;: &quot;to&quot; must be after &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;services&quot; must list at least one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;minutes&quot; needs a &quot;mean&quot; above 0 and an &quot;sd&quot; of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;walkInsPerHour&quot; has %2 rates, but the office is open for %3 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: every walk-in rate must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: &quot;appointmentsPerHour&quot; must be a whole number from 0 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;counters&quot; must list at least one counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counter needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot; serves &quot;%2&quot;, which is no service of the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot; serves no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;noShowRate&quot; must be a share from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;appointmentArrivalMinutes&quot;: &quot;mean&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;appointmentArrivalMinutes&quot;: &quot;sd&quot; must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;serviceLevelTargetMinutes&quot; must be a whole number of minutes, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot;: &quot;hours&quot; has %2 entries, but the office is open for %3 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &quot;%1&quot;: each of &quot;hours&quot; must be 1 (staffed) or 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerInstance</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (address in use or not permitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pmPayment provider needs a URL and TRESEN_PMPAYMENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ePayBL provider needs a URL and TRESEN_EPAYBL_MANDANT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the document folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process (%1) uses the database %2: a second server or `tresen-server erase`. Stop it first, or wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo listens on a loopback address only (e.g. 127.0.0.1), not on %1: its users&apos; password is &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo fills only an empty database or one it filled itself; this one holds a city&apos;s offices. Start without --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database for the request workers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database for the retention job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database for the change feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFiguresModel</name>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password was entered wrongly %n time(s) at the lock screen: you have been logged out. Changes not yet sent are kept on this computer.</source>
        <translation>
            <numerusform>The password was entered wrongly %n time at the lock screen: you have been logged out. Changes not yet sent are kept on this computer.</numerusform>
            <numerusform>The password was entered wrongly %n times at the lock screen: you have been logged out. Changes not yet sent are kept on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (German on a German system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Tresen is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring a &amp;gong on every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announce every call by voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this computer by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without input for this long, Tresen hides your work until you enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandesamtWorkspace</name>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a slot or a wedding on the left.

Free slots can be reserved for a couple; a booking shows its papers, registrar and fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve for a couple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve the slot for a couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wedding slots this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weddings known here for this week. (Free slots are only shown with a connection to the server.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for %1 &amp; %2; booking code %3. Provisional until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers for the registration (brought in person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassenzeichen, e.g. 5.0002.000001.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it &amp;paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks the fee up in the Payments workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free slots cannot be shown right now (%1). The weddings known on this computer are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking was changed meanwhile; saving your edits may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken; the booking has not reached this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp; %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the wedding of %1 &amp; %2 on %3? The slot becomes free for other couples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for free slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free slots cannot be shown right now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot in the next %n days.</source>
        <translation>
            <numerusform>There is no free slot in the next %n days.</numerusform>
            <numerusform>There is no free slot in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Not now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print for the couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the couple&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the slot for weddings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weddings in this slot, e.g. on a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 in %2 not offered for weddings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet for the couple is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up. The sheet was saved as %1 (to print or send by e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding slots of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the booking of %1 &amp; %2 were not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the booking of %1 &amp; %2 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short lead for the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The couple would have to register by %1, which leaves %n day(s) before the wedding to check the papers.</source>
        <translation>
            <numerusform>The couple would have to register by %1, which leaves %n day before the wedding to check the papers.</numerusform>
            <numerusform>The couple would have to register by %1, which leaves %n days before the wedding to check the papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Standesamt wants at least %n day(s) (minimum lead for the registration).

Reserve anyway?</source>
        <translation>
            <numerusform>The Standesamt wants at least %n day (minimum lead for the registration).

Reserve anyway?</numerusform>
            <numerusform>The Standesamt wants at least %n days (minimum lead for the registration).

Reserve anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the Kassenzeichen %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment system does not know the Kassenzeichen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kassenzeichen %1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Kassenzeichen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassenzeichen not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Confirm the wedding of %2 &amp; %3 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1 Please check the Kassenzeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 %2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics::Day</name>
    <message>
        <source>The server&apos;s figures of the day were not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics::Period</name>
    <message>
        <source>The server&apos;s figures of the period were not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsBoard</name>
    <message>
        <source>This server does not offer figures of periods yet (it needs a newer version of Tresen). Today&apos;s figures of one office are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not see the figures of this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot make statistics reports yet (it needs a newer version of Tresen). The figures can be printed (Ctrl+P) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not export the figures of this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors not appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment visitors appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment visitors not appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins not appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean processing time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median processing time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean estimate error (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: mean way to the counter (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: mean estimated wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: mean way to the counter (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: mean estimated wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service level: the share called within %n minutes.</source>
        <translation>
            <numerusform>Service level: the share called within %n minute.</numerusform>
            <numerusform>Service level: the share called within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service level: the share called within each office&apos;s wait target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean way to the counter (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean estimated wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: %1 appeared, %2 not appeared. Appointments: %3 appeared, %4 not appeared. Cancelled: %5. Open: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals and served per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait per hour (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/dd</source>
        <extracomment>A day on a chart&apos;s axis, as QDate::toString writes it; German &quot;dd.MM.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitors in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures per counter are not shown (staff agreement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWorkspace</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s figures as a spreadsheet (XLSX, CSV) or a PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the figures as they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 in 10 waited at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the visitors called, the share who did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the visitors called, the share called within the office&apos;s wait target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the visitors waited at most this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter has served anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitors yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures appear here as soon as the first ticket of the day is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals and served per hour, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitors in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and served per hour, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and served per day, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and served per week, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and served per month, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and served per weekday, with the mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live – figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live – figures as of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics – %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d/M</source>
        <comment>a day of the chart: its format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures per counter for %1: kept off by agreement with the staff council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays the office&apos;s days of the period again with other counters per hour, under each way of calling; suggests the fewest counters for the wait target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a change that is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSlip</name>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated waiting time: about %n min</source>
        <translation>
            <numerusform>Estimated waiting time: about %n min</numerusform>
            <numerusform>Estimated waiting time: about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Please watch the display in the waiting room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor keeps the number and their place in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TresenSim</name>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments late, p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate error, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZMS formula&apos;s error, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counters busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays whole days at an office with the dispatcher the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario (JSON, see docs/simulation.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatch policy: fifo, zms or tresen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to play (1 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the random visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object as the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every policy side by side, as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy &quot;%1&quot;: fifo, zms or tresen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), seed %1</source>
        <translation>
            <numerusform>%n day, seed %1</numerusform>
            <numerusform>%n days, seed %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--office needs the office&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days such as 2026-11-02, --to not before --from, at most a year apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1, this program reads %2: run tresen-server migrate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no office %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no active counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive the scenario from an office&apos;s past days in this database (postgresql://… or sqlite:PATH) instead of --scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s id (with --from-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (with --from-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (with --from-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these weekdays: 1 (Monday) to 7 (with --from-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the scenario played to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either --scenario FILE or --from-database URL is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest counters per hour with which this share (e.g. 0.8) of the visitors is called within the scenario&apos;s target, under --policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--advise-staffing needs a share above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counters per hour for %1 % called within %2 min (%3, %n day(s)):</source>
        <translation>
            <numerusform>Counters per hour for %1 % called within %2 min (%3, %n day):</numerusform>
            <numerusform>Counters per hour for %1 % called within %2 min (%3, %n days):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reached in every hour even with all %n counter(s).</source>
        <translation>
            <numerusform>Not reached in every hour even with the one counter.</numerusform>
            <numerusform>Not reached in every hour even with all %n counters.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-ins: estimate error, median / p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-ins: ZMS formula&apos;s error, median / p90 (min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeddingCalendar</name>
    <message>
        <source>Wedding %1 &amp; %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the names of both partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is not free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot was reserved by someone else meanwhile. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is blocked. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot has passed. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration needs every paper ticked as received or not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the registrar before confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the fee&apos;s Kassenzeichen before confirming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wedding has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not follow from the booking&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this booking meanwhile. Your change was undone; please look at the booking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation has lapsed; its slot is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is completed or cancelled and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this slot or booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards or passports of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified birth register extracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended residence certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof that earlier marriages ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign documents with translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeddingConfirmation</name>
    <message>
        <source>Reservation of your wedding date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wedding date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reservation is provisional. Please register your marriage in person, with the papers below, by %1; otherwise the date is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring this sheet along with your papers: its code files them with your booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeddingMoveDialog</name>
    <message>
        <source>Move the wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the wedding of %1 &amp; %2 (now %3, %4) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot matches; choose another room, weekday or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s)</source>
        <translation>
            <numerusform>%n free slot</numerusform>
            <numerusform>%n free slots</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeddingReservationDialog</name>
    <message>
        <source>Reserve a wedding slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. interpreter, number of guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation is provisional: the couple registers in person with their papers before it lapses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeddingWeekModel</name>
    <message>
        <source>(not yet sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>The server&apos;s scenario cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>In order of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in ZMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if … – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s days from %1 to %2, played again with the counters you set for each hour, under each way of calling. The days are the same for every trial: what changes is only what you change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way of calling the hours&apos; column and the suggestion follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters &amp;per hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits on those days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest counters for %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the fewest counters per hour with which %1 % of the visitors of each hour are called within the office&apos;s wait target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s days could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s days are being fetched …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody came on these days: choose other days in the Statistik workspace&apos;s period, or every day of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) with %1 visitors; %2 counters serve now.</source>
        <translation>
            <numerusform>From %n day with %1 visitors; %2 counters serve now.</numerusform>
            <numerusform>From %n days with %1 visitors; %2 counters serve now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 in 10 wait at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 in 20 wait at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments late, 9 in 10 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The fewest counters per hour for %1 % called in time: %n counter hour(s) in all.</source>
        <translation>
            <numerusform>The fewest counters per hour for %1 % called in time: %n counter hour in all.</numerusform>
            <numerusform>The fewest counters per hour for %1 % called in time: %n counter hours in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even every counter does not reach %1 % in every hour; the hours that miss it are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next visitor, recall, transfer and finish tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, book and rebook appointments; check visitors in by their QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding rooms and slots, reservations, documents and registrars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or import documents and read every QR code and barcode on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up whether a fee or fine has been paid online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices, services, counters, opening hours, wedding rooms, accounts, settings and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today live and any period: waits, visitors per hour, services, counters; exports for the city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>The tools of this workspace are not installed in this version of Tresen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Tresen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan folder plugin is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of the previous version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other logins&apos; caches on this workstation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of logins unused for a long time could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles have changed since you last worked here: the local data is loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already logged in to this server in another Tresen window on this computer. Please continue in that window, or close it and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache of %1 could not be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Show in a window instead of full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter workstation for the Bürgeramt and the Standesamt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this city server instead of the demo backend on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting-room call display. The password comes from --password-file or the TRESEN_DISPLAY_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with the display&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office to show (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gong on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce each call by voice (German).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (the city&apos;s own CA).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
