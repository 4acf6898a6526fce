<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no agenda templates in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda template “%1”. Name one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet. Build one on the Agenda tab, or start from a template: agenda --workshop %1 --template NAME (agenda --templates lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing planned for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fixed at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--templates lists the agenda templates and takes no other option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --template or --copy-from, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day is for printing the agenda; a template or a copy replaces every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day takes a day of the workshop: 1, 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” now has %n agenda item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no day %2; it has %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print a workshop&apos;s timed agenda, or start it from a template or another workshop&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the agenda templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --template T (the number “assessments” lists, or the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pillar %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), scored 1 (strongly disagree) to 5 (strongly agree).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give --phase before or --phase after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --scores with one score per statement, in order, separated by commas (- for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--scores has %1 values, but “%2” has %n statement(s): give one score per statement, in order (- for none).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; statement %3 has “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment takes N=TEXT, where N is a statement&apos;s number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers to “%2” (before): %3 of %4 statements scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers to “%2” (after): %3 of %4 statements scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants, mean scores (change = after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1  after %2  change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 · managers: %2 · chiefs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager %1  chief %2  gap %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gap, either way: before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 is not one of the teams of “%2”; “teams --workshop %3” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who scored at least one statement: %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assessments, or show one assessment&apos;s statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a participant&apos;s answers to an assessment, before or after the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment results: everyone&apos;s means by role before and after, and one team&apos;s manager and chief side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no block “%1” in this workshop. Name one of: %2 (or give its number, as “blocks” lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks, so there is nothing to check in to. Give it its mornings and afternoons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered · %2 needed for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: say present, late, left-early, excused, absent or clear, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time goes with --status late or left-early: the time they came or went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time: give the time as HH:MM, such as 09:10, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · L late · E left early · X excused · A absent · - not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 attended, %3 not yet marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify for a certificate: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a workshop&apos;s attendance blocks and their credit hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone in to a block, or mark them late, excused, absent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a workshop&apos;s attendance, hours and who earns a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, kept as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT A ROUNDTABLE FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup: roundtable-cli --database FILE restore BACKUP (a path, or a name “backups” lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup “%1”. “roundtable-cli --database FILE backups” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the file does not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before the restore was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a verified backup of the file now (into its backup folder, or --to PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the file&apos;s backups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file with a backup (the current state is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1 ID (the number “info” shows, or the UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
--server URL works on a Roundtable server (PostgreSQL) instead of a file, for every command that takes
--database: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require|verify-full|...].
The password comes from, in order: --password-stdin (the first line of standard input, for scripts);
libpq&apos;s PGPASSWORD or ~/.pgpass; or, at a terminal, a prompt that does not echo. A password written
in the URL (postgresql://USER:PASSWORD@HOST/DATABASE) works, but is discouraged: other users of the
computer can see a command line, and shells keep it in their history.
Exit codes: 0 done; 1 a problem (the message says which); 2 a usage mistake; 3 the server could not be
reached or used; 4 the server refused the password or needs one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: roundtable-cli --database FILE COMMAND [options]
       roundtable-cli --server URL COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run roundtable-cli COMMAND --help for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--author NAME records changes under that name in the history (default: the account name).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Roundtable file to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Roundtable server to work on instead of a file (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1”.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
This command works on a file only, not with --server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --database FILE or --server URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file to use: roundtable-cli --database FILE %1 (or --server URL for a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” works on a file only: a server keeps its data itself, and its backups are made by whoever runs it. Use --database FILE, or “offline” to copy a workshop into a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs meeting again: %1; role imbalance: %2; size spread: %3; partners together: %4; teams split: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number, %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the groups for seed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Add --apply to use these groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is teams, mixed, by-role or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --groups or --size, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added round %1 (%2 groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --round N to see a round&apos;s groups, or --new to add a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode, --groups, --size and --prompt are for --new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed and --apply are for --round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--apply saves the groups of a --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a discussion round&apos;s groups and their quality, try another seed, or add a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --seed: save those groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a round, placed by the solver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheets for every block; people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheet for %1; people: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance record; people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name tents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export ics takes only --workshop and --out, not --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export agenda does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (calendar; events: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2; items: %3; pages: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda for facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2; rounds: %3; pages: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (outcome report; assessments: %2; pages: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (action plans; teams: %2; items: %3; pages: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team is for action plans (export actionplans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1 does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--facilitator is for the agenda (export agenda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--block, --by-team and --blank-rows are for sign-in sheets (export signin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is pdf, csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only export attendance takes --format; the others are PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page is letter or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank-rows takes a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no block “%2”. Its blocks: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (attendance of %2 people; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2; pages: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a workshop&apos;s sign-in sheets, attendance record, certificates, name tents, badges, agenda, discussion summary, group lists, action plans or outcome report to a PDF, or its agenda to a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signin: group people by team, people without a team last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda: the facilitators&apos; version, with lengths, notes and what does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n workshop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered of %2 places · %3 waitlisted · %4 cancelled · %5 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the demo workshops to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee quote for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no practice groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --start as a date like 2027-03-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--half-days and --capacity take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workshop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workshops in the file with their dates and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and schema; exits non-zero on any problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo workshops to the file (an earlier demo file is replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fee quote for a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the program catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host state has no affiliation agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workshop ID or --person ID (a number or a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of changes (0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history of a workshop or a person, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map “%1”: write it as &quot;COLUMN=FIELD&quot;, for example &quot;Surname=last_name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a field. Fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2”. Its columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, delimiter “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), into “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the file as person %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same person as line %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person in the file is enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: roundtable-cli --database FILE import roster --workshop ID EXPORT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the command line, name the column with --map &quot;COLUMN=FIELD&quot; (fields: %1). The file&apos;s columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates: say enroll, add or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 people added and %2 already in the file enrolled, in one step (undo reverses all of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a registration list (CSV or XLSX) into a workshop&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan or report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the two files: roundtable-cli merge A B --out C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the merged file goes: --out C (or --dry-run to see the report only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged file is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two copies of one file, changed apart on two laptops, into a new file (--out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace C if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the workshop&apos;s file goes: --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” offline into %2 (%n record(s), with their history).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work in it with --database; bring the changes back with: roundtable-cli %1 merge-in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to merge in: roundtable-cli --server URL merge-in FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy one workshop, with everything that belongs to it, into a new file for a venue without network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a file (a workshop taken offline, or another copy) into this database, with the conflict report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report only; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload worksheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers per 1,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sworn officers on patrol (Rule of 60: about 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol saturation index (Rule of 60: no more than 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 [%3] (item %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner: nobody on the %1 team is called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is not-started, in-progress, done or blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due takes 30, 60 or 90 (days after the workshop) or a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pillar takes a number from 1 to 6 or a pillar&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice-group takes the group&apos;s number, such as 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice group %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --workshop ID, --team ID or --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --add, --from-parking-lot or --from-gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add, --from-parking-lot and --from-gap need --team ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add needs --goal TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove, --note and --date are for --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is for --item ID (a follow-up update) or --add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note and --date go with --status S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --status or --remove, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no teams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-within takes a number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s number, as “teams” lists it, or its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 An empty value (&quot;&quot;) clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the figures (their source, their year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-started, in-progress, done or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a team&apos;s workload worksheet (Rule of 60), or save figures into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List action plans, add items (also from the parking lot or an assessment gap), record follow-up updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every team&apos;s plan in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose plan to list or add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action item: show it, record an update (--status) or --remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --team: add an item (needs --goal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: what the team means to achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: the steps to get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: a team member, by name, number or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: 30, 60 or 90 (days after the workshop) or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add or --item: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: the measure of success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: a pillar of 21st Century Policing, 1 to 6 or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: a practice group&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --team: add an item from this parking-lot entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --team: add an item from this assessment statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --item --status: what the follow-up found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --item --status: the update&apos;s date (today when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --item: delete the item and its updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items across all workshops: overdue first, then by due date, with counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open items due within this many days, and overdue ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this workshop&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n workshop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered of %2 places · %3 waitlisted · %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already be in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll that person with --person ID, or add a new person anyway with --allow-duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone registered is already in a team (or has no jurisdiction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --apply to form these teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List everyone in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a workshop&apos;s roster with statuses and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register someone for a workshop (waitlisted when it is full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new person even if they look like someone already in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a waitlisted or cancelled person a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a workshop&apos;s teams, or suggest teams from jurisdictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest teams for people not yet in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form the suggested teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --password-stdin, in PGPASSWORD or ~/.pgpass, or run the command at a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pillar is a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That practice group is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores before the workshop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores after the workshop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the %2 action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1” in the %2 action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the %2 action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” in the %2 action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parking-lot entry to an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-out item %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the parking lot; only parking-lot entries become action items this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parking-lot entry was raised at another workshop than the %1 team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 action plan already has an item from this parking-lot entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot, round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assessment gap to an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the %1 team has scored “%2” yet, so there is no gap to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 action plan already has an item for this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer owns %n action item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of days after the workshop, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update can&apos;t be dated after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an update on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenter must be one of this workshop&apos;s facilitators. Add them on the Overview tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop&apos;s agenda has already been run live, so it cannot be replaced. Edit its items instead, or reset the live record on the Agenda tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workshop has %n day(s),</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>so %n item(s) for later days were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda item %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 is not in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda template %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the agenda “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workshop to copy the agenda from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That workshop has no agenda to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy another workshop&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no agenda yet, so there is nothing to save as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agenda has %n item(s) after day %1. Move or remove them on the Agenda tab before shortening the workshop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-group discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-group discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on day %2, but the workshop has %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes; give it from 1 minute to 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-day manager/chief workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two days of presentations, small- and large-group discussion and information sharing, ending in team action plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A morning of presentations and discussion on one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is closed, so its agenda can no longer be run live. Set its status back to Live on the Overview tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 has finished. Reset its live record to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 has no agenda items to start. Add some on the Agenda tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already running. Use Next to move on to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running on day %1. Use Start to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End “%1”, the last item of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item can be extended by 1 to 120 minutes at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend “%1” by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the live record of day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 has not been run live, so there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is fixed at %2, but the items before it run to %3 (%4 over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day runs to %1, %2 past its end at %3. Shorten or move some items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan runs past midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered for this workshop, so has no answers to give here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; %3 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is in no assessment of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1&apos;s answers (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1&apos;s answers (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is answered twice; give one answer to each statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Neither agree nor disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an assessment called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars run from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment called “%1”; this file has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment called “%1”. This file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate it to make a changed version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a statement to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This statement has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate the assessment to make a changed version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score (1 to 5; 5 = strongly agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and chiefs, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiefs, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiefs, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed, so its attendance is final. Set its status back to Live to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this workshop&apos;s roster. Register them first (or add them as a walk-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the waitlist. Give them a place on the Roster tab before checking them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled. Register them again before checking them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs the time %2 came or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already checked in for %2 at another station (%3); that mark stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station had marked %1 %2 for %3; this check-in replaces that mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2 has attendance recorded, so the workshop cannot be shortened to %3. Clear that attendance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attendance blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 has two blocks called “%2”. Give each block of a day its own label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Day %1 · %2 has %n check-in(s), so it cannot be removed. Clear them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1&apos;s attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1&apos;s attendance (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no attendance recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is not one of this workshop&apos;s blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone present (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone registered already has a mark for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already registered for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each block needs a label, such as “Morning”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends at %2, which is not after its start at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” carries %2 credit hours; give it from 0 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full hours for the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the block they were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours for the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of hours a certificate needs must be more than 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change credit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attendance blocks and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That program is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice group needs a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add practice group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a practice group %1. Rename that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This practice group is listed on %n program(s). Take it off those programs first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) are linked to this practice group. Link them to another group, or to none, first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A program needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program lasts from half a day to fourteen days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program&apos;s participant limit must be at least 1, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) use this program. Choose another program for them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 workshops, %2 people, %3 enrollments, %4 teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Roundtable file (its application id is 0x%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 is newer than this Roundtable reads (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1; opening it in Roundtable brings it up to schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 (current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes in %2 pages of %3 bytes; journal mode %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback (WAL is set when opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at schema %2; this Roundtable expects schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 (current), on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the catalog has no program “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the demo workshop has no first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: there is no agenda template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, introductions and what the two days are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the demo agenda has no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists and is not a demo file, so it was left alone. Choose another name for the demo, or delete that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds workshops or people, so the demo was not added: its fictional participants would mix with real ones. Use an empty database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the demo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative figures for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: there is no practice group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the demo plan of %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of us writes down how we see it; we compare notes at our next meeting and agree on what changes, in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect examples from two neighboring cities and ask the city attorney to review a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us score this statement 4 or higher at the 90-day review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft both of us have read, brought to the council&apos;s leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the county to name its public information lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the file lacks the shipped assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion round %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no discussion round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed, so its discussions are final. Set its status back to Live to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is locked, so its groups stay as they are. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round has from 1 to %1 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each person from 1 to %1 votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item is not on this workshop&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has notes or report-outs, so the round cannot have fewer groups. Move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 people are in the room for round %2: too few for %3 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not registered for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report-out item needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a discussion round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add discussion round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit discussion round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a discussion round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove discussion round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the groups again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the groups of round %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the groups of round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the groups of round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group is not part of round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no group of round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the scribe&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion group %1 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a report-out item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a report-out item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a report-out item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 dots of round %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more groups (%1) than people (%2). Choose fewer groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is pinned to group %1, but there are only %2 groups. Unpin them or add groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is pinned to a group that does not exist. Unpin them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days after the workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City manager, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police chief, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agree to this plan and will review it together at 30, 60 and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no team %2. Its teams are listed on the Roster and Teams tab, or by “teams”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no teams yet, so there are no action plans to print. Form the teams first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For discussion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the calendar file to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder, or create this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no agenda yet. Build one on its Agenda tab (from a template, or item by item) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed · %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned for this day yet. Add its items on the Agenda tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (last, first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>attendance code: present</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>attendance code: late</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LE</source>
        <comment>attendance code: left early</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>attendance code: excused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>attendance code: absent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks, so there is no attendance to record. Add them on the workshop’s Attendance page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended / registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours offered: %1. A certificate needs %2 (%3% of the hours offered). %4 of %5 registered qualify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: P present · L late, with the time they arrived · LE left early, with the time they left · E excused · A absent · blank: not recorded. Hours for late arrivals and early leavers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the spreadsheet a file name in it, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that does, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that you may write to that folder and that the disk has room, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for %1 is longer than a spreadsheet cell may hold (32,767 characters). Shorten it, or export CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (%1, at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (the sheet “%1” was refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours needed for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late arrivals and early leavers earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not be saved to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and earned 1 credit hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and earned %1 credit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered for “%1”, so there are no certificates to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody qualifies for a certificate yet: it takes %1 of the %2 offered. Check the attendance marks, or the share of hours the workshop asks for (%3%), on the workshop’s Attendance page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs meeting again: %1 · Role imbalance: %2 · Size spread: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Partners together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Teams split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was put in the parking lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report-outs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no discussion rounds yet, so there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet, so there are no name tents to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet, so there are no badges to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (within 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (near 60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has answered an assessment in this workshop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered; %2 of %3 earned a certificate so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents: %1 before, %2 at the end. Mean score %3 before, %4 at the end (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no teams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets from %1 of %2 teams; patrol saturation over 60% in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds: %1; report-outs: %2; parking lot: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 (done: %2); the next open one is due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 (done: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is registered for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1 · Hours offered: %2 · Certificates earned: %3 (a certificate needs %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents: %1 before the workshop, %2 at its end. Scores run from 1 (strongly disagree) to 5 (strongly agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean scores. Change: everyone&apos;s mean at the end minus before. A dash: nobody on that side scored the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager and chief gaps by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: the manager side&apos;s score minus the chief side&apos;s. The mean gap is the mean distance between them over every statement both sides scored; a large gap either way is worth a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gaps (statement, section: gap before → at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team has filled in a workload worksheet yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPSM&apos;s Rule of 60: about 60% of sworn officers assigned to patrol, and no more than 60% of patrol&apos;s available time committed to calls for service (the saturation index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop had no discussion rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report-outs were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no teams, so no action plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team has an action item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 across %2 teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the outcome report was asked for without a way to draw its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the PDF file to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 could not be read (%2). Use a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable may not write in the folder %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add page %1 to the PDF %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: print your name, jurisdiction and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That block is not part of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks to sign in to. Add them on the workshop’s Attendance page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give from 0 to %1 empty rows for walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no rows. Choose the file exported from the registration system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a header row but no people under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty. Choose the file exported from the registration system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file. Save the registration list as CSV (or XLSX) and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 256 MB, too large for a registration list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like an Excel workbook but cannot be read (it may be damaged or protected). Open it in a spreadsheet and save it as CSV, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop numbered %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person numbered %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda template item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1, %2 at %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1: %2 at %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance cleared: %1, was %2, at %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1: %2 → %3 at %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the roster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from team %1 to team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment (%1) answered: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment (%1) answer removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment (%1) %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in discussion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of discussion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to discussion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted for %1 (dots: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added for team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it was made by another program). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. Merge the files in the newer Roundtable. Neither file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged file must be a new file: “%1” is one of the files being merged, and they are never changed. Choose another name with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-out item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging “%1” into “%2” would do this (nothing has been written yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the other file&apos;s history added to this file&apos;s history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The files already agree: there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (both files changed the same record; the newer change wins):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken from “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the file that is open. Choose the other copy of it to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it was made by another program), so there is nothing to merge from it. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older Roundtable (schema %2). Open it once in this version (that brings it up to schema %3), or do that to a copy of it, then merge again. Neither file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 it belongs to is not in the merged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its change was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file already has “%1” in its place, the same record under another identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in “%1” on %2 by %3, and not changed in “%4” since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in one file, changed in the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought back, as changed in “%1” (the change is newer than the deletion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left deleted (the deletion is newer than the change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 it needs is not in the merged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in both files; the same as the one already here, so kept once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in both files as separate records; matched as the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in both files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the version from “%1” (newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the version in “%1” (newer or as new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, as changed in “%1” (the change is newer than the deletion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted, as in “%1” (the deletion is newer than the change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” was deleted in “%3”, but kept: %n record(s) in “%4” still belong to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” was deleted in “%3”, but could not be deleted here: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other file&apos;s history could not be added: no entry was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has %2 people registered for %3 places: move someone to the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the workshop&apos;s file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open file. Choose a new file for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name for the workshop&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable. Close it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are all mapped to %2. Map one column to it and set the others to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the last name. Map the column holding last names to “%1”, or a column holding whole names to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.org). Correct it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and jurisdictions are limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the roster of %n workshop(s), so the record stays (attendance and certificates refer to it). Cancel the registration instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>City Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant City Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Safety Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final. Set its status back to Live or Planned to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was also taken off the %2 team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the waitlist for this workshop (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is full (%1 of %2 places taken), so %3 is on the waitlist at number %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1&apos;s registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this workshop&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s registration is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A place is free, and %n person(s) are on the waitlist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only registered people can be moved to the waitlist; %1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now number %2 on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is full (%1 of %2 places). Raise the number of places on the Overview tab, or cancel a registration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the file (%2); skipped at review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. New people: %2. People already in the file: %3. Registered: %4. On the waitlist: %5. Likely duplicates: %6. Skipped: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 places left of %3, so the last %4 go on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final. Set its status back to Live or Planned to import people into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the imported columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email “%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered for this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on this workshop&apos;s waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster of “%1” changed after the import was planned. Start the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every row of “%1” is skipped. See the reasons listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the roster from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” had %2 places left, so %3 of the people imported are on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager: add the city manager or an assistant city manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chief: add the police chief or public safety director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is closed, so its teams are final. Set its status back to Live or Planned to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled in this workshop. Add them to the roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not registered; only registered people can be on a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved from the %2 team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs the name of its jurisdiction (the city or county it comes from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form the %1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the %1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a team&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1 team&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in the %2 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 people in the %2 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take people off their team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Form %n suggested team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not copy “%1” to “%2”. Check that there is room on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (the database reports: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of “%1” was made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created. Check that it can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying it failed (%1). Check that there is room on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written to the disk (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed its check and was removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder could not be written to the disk (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored; “%1” is as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state could not be backed up first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current file could not be kept first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was put in place, but its folder could not be written to the disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the file is not open through SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: unknown table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: bad column name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 values for %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from schema %2 to %3, and Roundtable backs a file up before upgrading it. %4 The file was not upgraded and is as it was; make room on the disk or check the backup folder “%5”, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database made by another program, not a Roundtable file. Roundtable leaves it untouched; choose a file ending in .roundtable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. Install the newer Roundtable to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (the database reports: %2). Restore a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The file also needs an upgrade to this version of Roundtable, which only the window that has it open can make: close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file system does not allow the safe journal mode Roundtable needs. Copy the file to a local disk and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the file&apos;s check never finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Open it, or choose another name for the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still open in Roundtable (or was not closed properly). Open it once and close it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens read-only here; close it there to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable elsewhere. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable on this computer (process %2) since %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable on the computer “%2” since %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable could not mark “%1” as in use (it keeps “%2” beside it while the file is open), so it opens read-only here. Check that the folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable (or was not closed properly). Close it, or open and close it once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given. Choose a Roundtable file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Check the path, or choose a file in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at “%1”. Check the name, or use File &gt; New to start a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Roundtable file. Choose a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable is not allowed to read “%1”. Ask the file&apos;s owner for read and write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable cannot write in the folder “%1”. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Roundtable saves every change the moment it is made, so it needs a file it can write: remove the read-only mark, or copy the file to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is read-only. Roundtable keeps a small journal file beside the file while it is open: copy the file to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it holds no workshops. It may be a failed copy: find the original, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it is not a database at all). Choose a file ending in .roundtable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated: only %2 bytes are left of it. It may have been copied incompletely; copy it again or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is not readable. Restore a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated: it is %2 bytes, but its header says %3. It may have been copied incompletely; copy it again or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the schema step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshops, people, enrollments and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program catalog, practice groups and pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance blocks, check-ins and credit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda and its templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion rounds, groups, report-outs and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments, workload worksheets and action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stations sharing a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the file up to schema %1 (%2): %3 The file was left as it was, at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a table of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a number nor a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file has the number or UUID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server address (%2). Write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database. Add it after the host, as in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no user. Add it before the host, as in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode; use disable, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address option “%1” is not known; only sslmode is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another program. Roundtable leaves them untouched; ask for an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Roundtable. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer Roundtable (schema %2); this version reads up to schema %3. Install the newer Roundtable on this computer; nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer lacks the PostgreSQL driver Roundtable needs to reach a server (Qt&apos;s QPSQL plugin, Debian package libqt6sql6-psql). Install it and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1 for %2, and the one given was missing or wrong. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2 Check the address and that this computer can reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask %1 for other stations&apos; changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to %1 was lost (%2). Nothing was changed on the server; try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is busy (another Roundtable window or program is writing to it). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the change was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be %2: part of it was changed afterwards by something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be %2: %3 changed part of it at another station at %4 (“%5”). Nothing was changed; the view now shows their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists (it may have been removed in the meantime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 changed this at another station at %2 (“%3”), after this window last showed it. The view now shows their change; make yours again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see this figure, fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol officers can&apos;t be more than sworn officers: patrol officers are sworn officers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t be more than the %2 hours in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ratio counts staff, not work: the workshop material recommends judging staffing by workload (the saturation index) rather than by officers per 1,000 residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sworn officers per 1,000 residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, fewer than the Rule of 60&apos;s rule of thumb of about 60%. Ask where the other officers are assigned and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, more than the Rule of 60&apos;s rule of thumb of about 60%. Check whether investigations and other functions are thinly staffed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, close to the Rule of 60&apos;s rule of thumb of about 60%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls for service take %1 of patrol&apos;s available time (%2 of %3 hours a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is within the Rule of 60&apos;s limit of 60%: patrol has time left for proactive work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is above the Rule of 60&apos;s limit of 60%. Above 60%, officers spend most of their shift answering calls, with little time for community policing and problem solving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls for service per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net available hours per officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents of the jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sworn officer in the department, whatever the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn officers assigned to patrol, who answer calls for service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls for service patrol answers in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average time an officer spends on one call, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average number of officers who handle one call, such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a patrol officer is on duty in a year, after leave, training and other time away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, such as %2 (not “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a workload worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workload worksheet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money. Write it like 3960 or 3,960.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 half-day workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 half-day sessions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional fee for a non-affiliated state, %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host state has no affiliation agreement, so an additional fee applies. Its amount is not set: enter it under Edit &gt; Pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee covers up to %1 participants; this workshop has %2 places. Agree the price of the other %3 places separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The half-day rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee must cover at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional fee cannot be negative; leave it empty if it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That venue is no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit venue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add venue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facilitator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit facilitator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add facilitator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already facilitates this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That facilitator is not on this workshop any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1½ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop lasts from half a day to fourteen days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places must be between 1 and 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1 is not in this file. Run “info” to list the workshops it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workshop “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are registered, so the workshop needs at least %1 places. Cancel or waitlist some registrations before lowering the number of places to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2 (pages: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the agenda calendar to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team on the Action plans page, then print its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 people to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: unknown document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable files (*.roundtable);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain Roundtable can use (%1), so the password cannot be remembered here; it is asked each time you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Tents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators&apos; Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Workshop Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the workshop offline into a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable files (*.roundtable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now also in “%2”, with its people, agenda, attendance and history.

Open that file at the venue and work in it there. Back on the network, connect to the server and choose File &gt; Merge from… with the file: the venue&apos;s changes come in, and anything changed at both ends is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 before · %3/%2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap of %1 or more points between manager and chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of %1 people&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Within the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Beyond the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workshops for city managers and police chiefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Roundtable database on a server, e.g. postgresql://maria@db.example.org/roundtable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Roundtable file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::assessments::seed</name>
    <message>
        <source>Manager/chief relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a high-performance relationship between a city manager and a police chief looks like: communication, trust, clear roles, crisis readiness, performance information and community confidence. The manager and the chief each answer for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: 21st Century Policing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police department along the six pillars of the President&apos;s Task Force on 21st Century Policing (2015). The manager and the chief each answer for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::pillars</name>
    <message>
        <source>Building Trust and Legitimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy and Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology and Social Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Policing and Crime Reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer Wellness and Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionItemDialog</name>
    <message>
        <source>The steps, who takes them, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team will know it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the goal to save the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team will achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 days after the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, %2 days after the workshop ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the item came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure of success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractice group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Action Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionItemModel</name>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionPlanPanel</name>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected action item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected action item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated update of the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Parking Lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action item from a parking-lot entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Assessment &amp;Gap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action item from an assessment gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this team&apos;s action plan with signature lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates of the selected item, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); or drag the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down); or drag the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no teams yet. Form teams on the Roster &amp; Teams tab, then plan their actions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet. Add one, or start from the parking lot or an assessment gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see all it says and its updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Parking Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries parked during this workshop&apos;s discussions. The entry becomes the goal of a new item in the plan of %1; edit it afterwards to add the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parking lot is empty. Entries tagged “Parking lot” in the Discussions tab show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an Assessment Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements on which the manager and the chief of %1 scored %2 or more points apart in their latest answers (1 = strongly disagree, 5 = strongly agree). The statement becomes the goal, with its pillar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement shows a gap of %1 points or more between this team&apos;s manager and chief. Gaps show once both have answered an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaItemDialog</name>
    <message>
        <source>Starts at a fixed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at a fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question put to the room; the projector shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For facilitators only: never on the projector or the participants&apos; agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaModel</name>
    <message>
        <source>%1–%2 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items before it run %1 into its fixed start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for &amp;Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for &amp;Facilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar File (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag items to reorder them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear when each item of day %1 really started and ended? The plan stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: add some, or start from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the day (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy from Another Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save This Agenda as a Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this workshop&apos;s agenda (%1 items) with the template? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other workshop in this file to copy an agenda from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agenda of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the projector view on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AnswerModel</name>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1 to 5 to score and move down; Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1 disagree – 5 agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AssessmentEntryPanel</name>
    <message>
        <source>&amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given before the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given after the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous participant (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next participant (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1 to 5 to score a statement and move to the next; Delete clears a score. Type in the Comment column (or press F2 there) to write a comment. Every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assessments in this file. Add one under Edit ▸ Assessment Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered for this workshop yet. Add participants on the Roster &amp; Teams tab, then enter their answers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have answered before · %3 of %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 statements scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AssessmentTemplatesDialog</name>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the statement up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the statement down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements. Answered %2 times in this file: statements with answers can&apos;t be removed, and the assessment can&apos;t be deleted. Duplicate it to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements, not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments. Make one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new assessment: name it and add its statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its %2 statements? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceGridModel</name>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Click, or press Space, to change; P, L, E, X, A set a status; Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1
%2
%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours
of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate
(%1 needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceGridPanel</name>
    <message>
        <source>&amp;Mark everyone not yet marked present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance grid, people by blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone not yet marked present in the chosen block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell, or press Space, to go to the next status. Keys: P present, L late, E left early, X excused, A absent (each moves down a row), Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered · %2 of %3 offered needed for a certificate · %4 qualify so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time they arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing %1&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking everyone present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceSettingsDialog</name>
    <message>
        <source>Attendance Blocks and Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for late arrivals and early leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the hours a certificate needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late arrivals and early leavers earn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the hours offered. Prorated credit counts the minutes in the room, in whole quarter hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People check in to each block. Its credit hours count toward their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceTab</name>
    <message>
        <source>Blocks &amp;&amp; &amp;credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block being checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the attendance grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attendance blocks and credit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print attendance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name Tents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Spreadsheet (CSV or XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no attendance blocks. Add them with Blocks &amp; credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not yet marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::AuthorDialog</name>
    <message>
        <source>Your Name for the Change History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded with who made it (“checked in at 08:42 by …”). Give the name colleagues know you by; it is kept on this computer. Left empty, the computer account&apos;s name is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::CatalogDialog</name>
    <message>
        <source>Programs and practice groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practice group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practice group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to change it. Groups without a name show by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s practice groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the catalog?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::CheckInModel</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::CheckInPanel</name>
    <message>
        <source>C&amp;lear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, jurisdiction or email — Enter checks in the top match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People matching the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;te (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected person&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already marked %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s check-in for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — %2, %3. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the file but not registered for this workshop. Register them and check them in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 registered as a walk-in. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing %1&apos;s mark for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s mark for %2 cleared. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several stations can share one workshop database on your organisation&apos;s PostgreSQL server. Enter where it is, or paste its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked by the server, if it needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of the connection. “Verify certificate” also checks the server is the one named, with the certificate authority in ~/.postgresql/root.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postgresql:// address; pasting one fills the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify certificate authority only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address, such as db.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server; ask whoever set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you were given for the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::DiscussionsTab</name>
    <message>
        <source>&amp;New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a discussion round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place everyone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the groups on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the groups or the discussion summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scribe&apos;s notes for this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scribe notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key point of the report-out, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the report-out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-out points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-out points, most votes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 &amp;dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dot to the selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 do&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a dot off the selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot (every round of this workshop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;report-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large group &amp;&amp; &amp;votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-outs and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discussion rounds yet. Add one with New round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role imbalance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size spread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round %1 with its groups, report-outs and votes? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::Document</name>
    <message>
        <source>Not saved: the connection to %1 was lost (%2). Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ExportDialog</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of each page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every block (one sheet each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows for &amp;walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image Roundtable can read. Choose a PNG or JPEG file, or leave the logo empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::FileView</name>
    <message>
        <source>No workshops on this server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops in this file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workshop from the program catalog, or open the demo to look around a two-day manager/chief workshop with its roster and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file, across workshops (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the follow-up of action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items of every workshop: overdue, due soon, where each stands (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update, %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::FollowUpPage</name>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dated update of the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workshop of the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items due soon, and overdue ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item to record an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 due in %3 · %4 open of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet. The teams&apos; action plans of every workshop in this file show here, to follow up at 30, 60 and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action item matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::GroupsBoard</name>
    <message>
        <source>Roundtable — Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::HistoryDialog</name>
    <message>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::HistoryPanel</name>
    <message>
        <source>Show &amp;older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of changes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, change, detail or who made it (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your changes are recorded under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded changes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are recorded as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportDuplicatesModel</name>
    <message>
        <source>Skip: same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the person already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportMappingPage</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping remembered from your last import of a file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each column as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) under the header row (a workbook: its first sheet)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) under the header row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s), numbered by their line in the file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), numbered by their line in the file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows under its header row, so there is nobody to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportReportPage</name>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is saved. Edit &gt; Undo takes all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped in the review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (matched: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster import into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the file enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered, with a place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the waitlist: the workshop had no places left for them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added and registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the waitlist (no places left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the file, registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the file, on the waitlist (no places left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportReviewPage</name>
    <message>
        <source>the same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose to skip it above (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll the person already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a &amp;new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the person already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new person(s) will be added to the file and enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n person(s) already in the file will be enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will go on the waitlist (the later rows of the file).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• The workshop has room for %n more, so %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• The workshop is full, so %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %n likely duplicate(s) of someone already in the file or of an earlier row: choose below what to do with each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n row(s) will be skipped, listed below with the reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everyone in one step, which Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will be skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportRosterDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: review the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: review before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the roster is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, and the roster is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::LivePanel</name>
    <message>
        <source>&amp;Start the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the day&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this item and start the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to extend by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the day&apos;s live record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s agenda is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind. The day ends about %2 (planned %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead. The day ends about %2 (planned %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time. The day ends about %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::MainWindow</name>
    <message>
        <source>No file is open. Use File &gt; New or File &gt; Open, or Help &gt; Open demo workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Workshop &amp;Offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print and Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name Tents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Spreadsheet (CSV or XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda for Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for &amp;Facilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda Calendar (.&amp;ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussion Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;Plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pricing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs and Practice &amp;Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venues and Facilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name for the Change History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest Teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;Blocks and Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest of everything, including other stations&apos; changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People in This File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up of Action Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster &amp;&amp; Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roundtable %1

Workshops for city managers and police chiefs: rosters, teams, attendance and outcomes, kept in one file that works without a network.

Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a server&apos;s database are made and restored on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of this file&apos;s backups in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 with changes from another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Every change is saved on the server as you make it; other stations&apos; changes appear here as they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only: it is open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1. Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the demo: fictional people, real places. Change anything; Help &gt; Open Demo Workshop starts it afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Roundtable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Roundtable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from another copy of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its roster (%2 people) and %3 teams? The people stay in the file. Undo brings the workshop back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup of which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup “%1”. The state before it was backed up as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::MergeDialog</name>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the other file into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merge report as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What merging does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the merge could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge report sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “%1” into this file. Edit &gt; Undo takes the whole merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging “%1” into this file (“%2”) would do what is listed below. Nothing has been written yet; the other file is never changed. Where both files changed the same record, the newer change wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 deleted · %4 conflicts · %5 not taken · %6 entries of the other file&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Taken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::OutcomesTab</name>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::OverviewTab</name>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, credentials (e.g. Paul O&apos;Connell, Ph.D.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the fee quote does not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice groups listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered of %2 places (%3 left)
%4 on the waitlist · %5 cancelled
%6 teams complete · %7 incomplete
%8 · %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PendingEditBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the edit that was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edit that was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Waiting to be saved: %2. Retry sends it again; Discard gives it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not saved: %2. Make it again once the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: the connection to the server was lost. Close and give it up?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PeopleModel</name>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PeoplePage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anyone in the file by name, jurisdiction, email or role (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their details and workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PersonDialog</name>
    <message>
        <source>&amp;Register this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Deputy Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in the file who match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the file? People who match appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to this person on every workshop&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the file matches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the file with a similar name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be someone already in the file. Register them rather than adding them twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already be in the file (%2: %3). Add a new person anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PickSourceDialog</name>
    <message>
        <source>Nothing to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PlacesPeopleDialog</name>
    <message>
        <source>Venues and facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::PricingDialog</name>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional fee for non-affiliated states, per half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day workshops cost the rate below for states with a signed affiliation agreement, for up to the number of participants given. Non-affiliated states pay an additional fee; its amount is not published, so enter the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covers up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Additional fee (non-affiliated), per half day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ProjectorWindow</name>
    <message>
        <source>Roundtable projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — backਊt&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item — the day ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the agenda today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::RestoreBackupDialog</name>
    <message>
        <source>Before a schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file, kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. Restoring replaces the file with the backup you choose. Its current state is backed up first, so a restore can itself be undone by restoring that backup; the Undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet. Roundtable makes one each time the file is opened, every few minutes while a workshop is live, and before every upgrade. They are kept in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Roundtable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::ResultsPanel</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or the whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of a large gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold on amber: manager and chief are %1 or more points apart. Gap = manager minus chief; + means the manager side agrees more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assessments in this file. Add one under Edit ▸ Assessment Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents: %1 before · %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has no statements yet. Add them under Edit ▸ Assessment Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet: enter them on the Assessments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city manager on this team, so there are no gaps to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager side: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No police chief on this team, so there are no gaps to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief side: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gap %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiefs
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone
before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiefs
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone
after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone after minus everyone before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registered participant&apos;s answers, by role. A value is the mean of the scores given; point at one to see how many. Change = everyone after minus everyone before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::RosterModel</name>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::RosterTeamsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected person to the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected person a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest teams from jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, jurisdiction, email or role (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show registrations with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag people from the roster onto a team, or below the teams to start one. Drag a member back to the roster to take them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places taken · %3 waitlisted · %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1&apos;s registration? (Undo brings it back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is first on the waitlist. Give them the place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 team? Its members stay on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone registered is already in a team, or has no jurisdiction to go by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::RoundDialog</name>
    <message>
        <source>Number of groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the groups discuss (shown on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the people per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Votes per person:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups statements in results and charts, e.g. Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement a participant agrees or disagrees with, scored 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::StatusUpdateDialog</name>
    <message>
        <source>Record an Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, what is in the way, who said so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::SuggestTeamsDialog</name>
    <message>
        <source>Suggested teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered people who are not in a team yet, grouped by jurisdiction. Tick the teams to form; incomplete ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::TeamDialog</name>
    <message>
        <source>Edit the %1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (now in the %1 team; ticking moves them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members (registered people):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: a manager and a chief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed, but flagged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team&apos;s jurisdiction (the city or county it comes from).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::TeamModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: a manager and a chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role / state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::WorksheetPanel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from, what is estimated, what to check back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers per 1,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of 60, part one: sworn officers on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of 60, part two: patrol time committed to calls (saturation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours behind the saturation index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet. Form them on the Roster &amp; Teams tab; each team then gets a worksheet here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer hours on calls for service: %1 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol hours available: %1 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the figures marked in red (or clear them), then leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopForm</name>
    <message>
        <source>The host state has a signed affiliation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;aces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host s&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no venue yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopListModel</name>
    <message>
        <source>%1
%2
%3 registered of %4 places, %5 waitlisted, %6 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopPage</name>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop dates and venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster &amp;&amp; Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
