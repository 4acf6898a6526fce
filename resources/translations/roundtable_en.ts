<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>This practice group is listed on %n program(s). Take it off those programs first.</source>
            <translation>
                <numerusform>This practice group is listed on %n program. Take it off those programs first.</numerusform>
                <numerusform>This practice group is listed on %n programs. Take it off those programs first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s) use this program. Choose another program for them first.</source>
            <translation>
                <numerusform>%n workshop uses this program. Choose another program for them first.</numerusform>
                <numerusform>%n workshops use this program. Choose another program for them first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refer to rows that do not exist.</source>
            <translation>
                <numerusform>%n row refers to rows that do not exist.</numerusform>
                <numerusform>%n rows refer to rows that do not exist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 is on the roster of %n workshop(s), so the record stays (attendance and certificates refer to it). Cancel the registration instead.</source>
            <translation>
                <numerusform>%1 is on the roster of %n workshop, so the record stays (attendance and certificates refer to it). Cancel the registration instead.</numerusform>
                <numerusform>%1 is on the roster of %n workshops, so the record stays (attendance and certificates refer to it). Cancel the registration instead.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A place is free, and %n person(s) are on the waitlist.</source>
            <translation>
                <numerusform>A place is free, and %n person is on the waitlist.</numerusform>
                <numerusform>A place is free, and %n people are on the waitlist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Form %n suggested team(s)</source>
            <translation>
                <numerusform>Form %n suggested team</numerusform>
                <numerusform>Form %n suggested teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n workshop(s)</source>
            <translation>
                <numerusform>%1: %n workshop</numerusform>
                <numerusform>%1: %n workshops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>check: %n problem(s) in %1</source>
            <translation>
                <numerusform>check: %n problem in %1</numerusform>
                <numerusform>check: %n problems in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n workshop(s)</source>
            <translation>
                <numerusform> · %n workshop</numerusform>
                <numerusform> · %n workshops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Day %1 · %2 has %n check-in(s), so it cannot be removed. Clear them first.</source>
            <translation>
                <numerusform>Day %1 · %2 has %n check-in, so it cannot be removed. Clear them first.</numerusform>
                <numerusform>Day %1 · %2 has %n check-ins, so it cannot be removed. Clear them first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) marked present.</source>
            <translation>
                <numerusform>%n person marked present.</numerusform>
                <numerusform>%n people marked present.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” is on day %2, but the workshop has %n day(s).</source>
            <translation>
                <numerusform>“%1” is on day %2, but the workshop has %n day.</numerusform>
                <numerusform>“%1” is on day %2, but the workshop has %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This workshop has %n day(s),</source>
            <translation>
                <numerusform>This workshop has %n day,</numerusform>
                <numerusform>This workshop has %n days,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>so %n item(s) for later days were left out.</source>
            <translation>
                <numerusform>so %n item for later days were left out.</numerusform>
                <numerusform>so %n items for later days were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The agenda has %n item(s) after day %1. Move or remove them on the Agenda tab before shortening the workshop.</source>
            <translation>
                <numerusform>The agenda has %n item after day %1. Move or remove them on the Agenda tab before shortening the workshop.</numerusform>
                <numerusform>The agenda has %n items after day %1. Move or remove them on the Agenda tab before shortening the workshop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” now has %n agenda item(s).</source>
            <translation>
                <numerusform>“%1” now has %n agenda item.</numerusform>
                <numerusform>“%1” now has %n agenda items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” has no day %2; it has %n day(s).</source>
            <translation>
                <numerusform>“%1” has no day %2; it has %n day.</numerusform>
                <numerusform>“%1” has no day %2; it has %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n item(s).</source>
            <translation>
                <numerusform>The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n item.</numerusform>
                <numerusform>The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n group(s)</source>
            <translation>
                <numerusform>%1 · %n group</numerusform>
                <numerusform>%1 · %n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s), scored 1 (strongly disagree) to 5 (strongly agree).</source>
            <translation>
                <numerusform>%n statement, scored 1 (strongly disagree) to 5 (strongly agree).</numerusform>
                <numerusform>%n statements, scored 1 (strongly disagree) to 5 (strongly agree).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>--scores has %1 values, but “%2” has %n statement(s): give one score per statement, in order (- for none).</source>
            <translation>
                <numerusform>--scores has %1 values, but “%2” has %n statement: give one score per statement, in order (- for none).</numerusform>
                <numerusform>--scores has %1 values, but “%2” has %n statements: give one score per statement, in order (- for none).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate it to make a changed version.</source>
            <translation>
                <numerusform>“%1” has been answered %n time, and those answers must be kept, so it cannot be removed. Duplicate it to make a changed version.</numerusform>
                <numerusform>“%1” has been answered %n times, and those answers must be kept, so it cannot be removed. Duplicate it to make a changed version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This statement has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate the assessment to make a changed version.</source>
            <translation>
                <numerusform>This statement has been answered %n time, and those answers must be kept, so it cannot be removed. Duplicate the assessment to make a changed version.</numerusform>
                <numerusform>This statement has been answered %n times, and those answers must be kept, so it cannot be removed. Duplicate the assessment to make a changed version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 no longer owns %n action item(s).</source>
            <translation>
                <numerusform>%1 no longer owns %n action item.</numerusform>
                <numerusform>%1 no longer owns %n action items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action item(s) are linked to this practice group. Link them to another group, or to none, first.</source>
            <translation>
                <numerusform>%n action item are linked to this practice group. Link them to another group, or to none, first.</numerusform>
                <numerusform>%n action items are linked to this practice group. Link them to another group, or to none, first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) added</source>
            <translation>
                <numerusform>%n row added</numerusform>
                <numerusform>%n rows added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not taken</source>
            <translation>
                <numerusform>%n row not taken</numerusform>
                <numerusform>%n rows not taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) from the other file's history added to this file's history.</source>
            <translation>
                <numerusform>%n change from the other file's history added to this file's history.</numerusform>
                <numerusform>%n changes from the other file's history added to this file's history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 “%2” was deleted in “%3”, but kept: %n record(s) in “%4” still belong to it.</source>
            <translation>
                <numerusform>%1 “%2” was deleted in “%3”, but kept: %n record in “%4” still belong to it.</numerusform>
                <numerusform>%1 “%2” was deleted in “%3”, but kept: %n records in “%4” still belong to it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more row(s)</source>
            <translation>
                <numerusform>… and %n more row</numerusform>
                <numerusform>… and %n more rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took “%1” offline into %2 (%n record(s), with their history).</source>
            <translation>
                <numerusform>Took “%1” offline into %2 (%n record, with their history).</numerusform>
                <numerusform>Took “%1” offline into %2 (%n records, with their history).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::FollowUpModel</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::FollowUpPage</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::HistoryPanel</name>
        <message numerus="yes">
            <source>… and %n more row(s)</source>
            <translation>
                <numerusform>… and %n more row</numerusform>
                <numerusform>… and %n more rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::ImportMappingPage</name>
        <message numerus="yes">
            <source>%1 — %n row(s) under the header row (a workbook: its first sheet)</source>
            <translation>
                <numerusform>%1 — %n row under the header row (a workbook: its first sheet)</numerusform>
                <numerusform>%1 — %n rows under the header row (a workbook: its first sheet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s) under the header row</source>
            <translation>
                <numerusform>%1 — %n row under the header row</numerusform>
                <numerusform>%1 — %n rows under the header row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %1 of %n row(s), numbered by their line in the file:</source>
            <translation>
                <numerusform>The first %1 of %n row, numbered by their line in the file:</numerusform>
                <numerusform>The first %1 of %n rows, numbered by their line in the file:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s), numbered by their line in the file:</source>
            <translation>
                <numerusform>%n row, numbered by their line in the file:</numerusform>
                <numerusform>%n rows, numbered by their line in the file:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::ImportReportPage</name>
        <message numerus="yes">
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>%n row read.</numerusform>
                <numerusform>%n rows read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s) added.</source>
            <translation>
                <numerusform>%n new person added.</numerusform>
                <numerusform>%n new people added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) already in the file enrolled.</source>
            <translation>
                <numerusform>%n person already in the file enrolled.</numerusform>
                <numerusform>%n people already in the file enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) registered, with a place.</source>
            <translation>
                <numerusform>%n person registered, with a place.</numerusform>
                <numerusform>%n people registered, with a place.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) on the waitlist: the workshop had no places left for them.</source>
            <translation>
                <numerusform>%n person on the waitlist: the workshop had no places left for them.</numerusform>
                <numerusform>%n people on the waitlist: the workshop had no places left for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped.</source>
            <translation>
                <numerusform>%n row skipped.</numerusform>
                <numerusform>%n rows skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::ImportReviewPage</name>
        <message numerus="yes">
            <source>%n row(s) read from the file.</source>
            <translation>
                <numerusform>%n row read from the file.</numerusform>
                <numerusform>%n rows read from the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n new person(s) will be added to the file and enrolled.</source>
            <translation>
                <numerusform>• %n new person will be added to the file and enrolled.</numerusform>
                <numerusform>• %n new people will be added to the file and enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n person(s) already in the file will be enrolled.</source>
            <translation>
                <numerusform>• %n person already in the file will be enrolled.</numerusform>
                <numerusform>• %n people already in the file will be enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) will go on the waitlist (the later rows of the file).</source>
            <translation>
                <numerusform>%n person will go on the waitlist (the later rows of the file).</numerusform>
                <numerusform>%n people will go on the waitlist (the later rows of the file).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• The workshop has room for %n more, so %1</source>
            <translation>
                <numerusform>• The workshop has room for %n more, so %1</numerusform>
                <numerusform>• The workshop has room for %n more, so %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n likely duplicate(s) of someone already in the file or of an earlier row: choose below what to do with each.</source>
            <translation>
                <numerusform>• %n likely duplicate of someone already in the file or of an earlier row: choose below what to do with each.</numerusform>
                <numerusform>• %n likely duplicates of someone already in the file or of an earlier row: choose below what to do with each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n row(s) will be skipped, listed below with the reason.</source>
            <translation>
                <numerusform>• %n row will be skipped, listed below with the reason.</numerusform>
                <numerusform>• %n rows will be skipped, listed below with the reason.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::ImportRosterDialog</name>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation>
                <numerusform>Importing %n row…</numerusform>
                <numerusform>Importing %n rows…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::ProjectorWindow</name>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rt::ui::TeamModel</name>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
</TS>
