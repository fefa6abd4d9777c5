<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="16"/>
        <source>About notadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="20"/>
        <source>Draft, keep and print nota&apos;s: decision memos to a minister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="23"/>
        <source>Data location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="26"/>
        <source>Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="30"/>
        <source>This program makes no network connections. Everything stays on this workstation; drafts leave it only as packages you export yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="39"/>
        <source>Licence: EUPL-1.2. Icons: Tango Icon Library (public domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="68"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="79"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="27"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="79"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="131"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="135"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="82"/>
        <source>Add title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="82"/>
        <source>Add an attachment known by title only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="85"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="85"/>
        <source>Remove the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="88"/>
        <source>Save file as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="88"/>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="95"/>
        <source>Attachments print as Bijlage in this order; double-click a title to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="110"/>
        <source>(title only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="35"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="181"/>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="26"/>
        <source>revision %1, %n copies, %3, sha256 %4</source>
        <translation>
            <numerusform>revision %1, %n copy, %3, sha256 %4</numerusform>
            <numerusform>revision %1, %n copies, %3, sha256 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="30"/>
        <source>revision %1, %n copies not printed: %3</source>
        <translation>
            <numerusform>revision %1, %n copy not printed: %3</numerusform>
            <numerusform>revision %1, %n copies not printed: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="34"/>
        <source>before the %1: %n likely item(s) of personal data (%3)</source>
        <translation>
            <numerusform>before the %1: %n likely item of personal data (%3)</numerusform>
            <numerusform>before the %1: %n likely items of personal data (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="38"/>
        <source>made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="39"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="40"/>
        <source>revision restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="41"/>
        <source>moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="42"/>
        <source>back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="43"/>
        <source>stored as concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="44"/>
        <source>marking lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="45"/>
        <source>declassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="46"/>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="47"/>
        <location filename="../../notadesk/gui/audit_text.py" line="65"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="48"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="49"/>
        <source>print failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="50"/>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="51"/>
        <source>saved as Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="52"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="53"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="54"/>
        <source>personal data shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="55"/>
        <source>key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="56"/>
        <source>key no longer trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="61"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="62"/>
        <source>Woo variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="63"/>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="64"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="66"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="67"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="68"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="69"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="70"/>
        <source>conflict copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="79"/>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="84"/>
        <source>from revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="94"/>
        <location filename="../../notadesk/gui/audit_text.py" line="111"/>
        <source>Woo variant of the declassified nota (decision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="106"/>
        <source>revision %1, %2, sha256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="123"/>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="128"/>
        <source>%1 declassified by %2 on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="137"/>
        <source>%1The draft arrived as %2 but is not ready (%3), so it is stored as concept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="135"/>
        <source>Audit log of this nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="137"/>
        <source>Audit log of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="144"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="146"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="147"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="148"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="149"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="150"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="151"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="158"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="167"/>
        <source>(workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="170"/>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="200"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="205"/>
        <source>Marking of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="207"/>
        <source>— no position yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="210"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="151"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="156"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="210"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="214"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="295"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="157"/>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="160"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="252"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="258"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="160"/>
        <source>Comment on the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="163"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="273"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="279"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="163"/>
        <source>Reply to the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="166"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="166"/>
        <source>Mark the selected comment resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="169"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="169"/>
        <source>Reopen the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="219"/>
        <source>Comments (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="252"/>
        <source>Your comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="273"/>
        <source>Your reply:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="63"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="32"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="34"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="48"/>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="50"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="50"/>
        <source>Remove the selected commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="56"/>
        <source>Commitment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="60"/>
        <source>Findings this commitment answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="64"/>
        <source>e.g. Defensie, BZ/DSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="65"/>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="79"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="67"/>
        <source>Commitment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="71"/>
        <source>Marking of the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="73"/>
        <source>Selected commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="76"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="77"/>
        <source>Answers &amp;finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="78"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="80"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="81"/>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="204"/>
        <source>Comment on commitment %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="16"/>
        <source>This draft was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="20"/>
        <source>Open theirs: their version is shown and your latest edits are set aside.
Keep mine as a copy: your version is saved as a new draft, marked as a conflict copy in the list; theirs stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="26"/>
        <source>Open theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="29"/>
        <source>Keep mine as a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBlocks</name>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="39"/>
        <source>, quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="43"/>
        <source>Main findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="51"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="55"/>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="59"/>
        <source>%1 no longer in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="64"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="72"/>
        <source>Commitments on findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="76"/>
        <source>All commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="78"/>
        <location filename="../../notadesk/gui/richtext/objects.py" line="466"/>
        <source>Positions summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="81"/>
        <source>Table (rows × columns): %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="85"/>
        <source>Data block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="97"/>
        <source>Inserted from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="240"/>
        <source>from the commitments table; double-click a line to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="245"/>
        <source>from the findings table; double-click here to choose, a line to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="302"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="306"/>
        <source>(nothing to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="410"/>
        <source>… and 1 more row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="412"/>
        <source>… and %1 more rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="23"/>
        <source>the administrator&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="24"/>
        <source>the --database option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="25"/>
        <source>the environment variable NOTADESK_DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="28"/>
        <source>your setting below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="29"/>
        <source>nobody: without a team database notadesk uses its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="53"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="65"/>
        <source>Team database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="70"/>
        <source>A PostgreSQL URL as libpq reads it, without a password: the password file, a certificate or Kerberos logs you in. Empty: the database in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="80"/>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="82"/>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="83"/>
        <source>Chosen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="84"/>
        <source>&amp;Team database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="90"/>
        <source>&amp;Check and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="95"/>
        <source>Use the data &amp;folder&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="116"/>
        <source>The database in the data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="119"/>
        <source>The team database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="132"/>
        <source>The administrator&apos;s policy sets the database of this workstation; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="137"/>
        <source>Your setting is used when notadesk is started without %1; a change takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="143"/>
        <source>A change takes effect when notadesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="158"/>
        <source>Connected as database role %1. Saved: notadesk uses this team database from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="163"/>
        <source>This role has no clearance: it sees unclassified drafts only until the administrator clears it (notadesk admin clearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="177"/>
        <source>Saved: notadesk uses the database in the data folder from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclassifyDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="19"/>
        <source>Record declassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="22"/>
        <source>Record the decision that lifts the marking %1. The Woo variant of the nota (print and Word) can be made once it is recorded; it shows the marking struck through with the decision&apos;s date and reference. The decision is kept in the nota&apos;s history and audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="30"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="31"/>
        <source>e.g. Hoofd DJZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="33"/>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="37"/>
        <source>Reference of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="38"/>
        <source>e.g. DJZ-2026/117</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="41"/>
        <source>Decided &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="42"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="43"/>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="53"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="47"/>
        <source>Type line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="50"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="51"/>
        <source>What the nota is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="57"/>
        <source>Given on the first save when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="60"/>
        <source>%1 (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="61"/>
        <source>e.g. RDINEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="66"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="116"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="70"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="119"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="71"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="120"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="72"/>
        <source>Classified until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="73"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="122"/>
        <source>End event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="74"/>
        <source>or: until an event, e.g. publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="97"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="99"/>
        <source>&amp;Type line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="100"/>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="101"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="107"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="110"/>
        <source>%1 (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="118"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="121"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="125"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downgrade</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="24"/>
        <source>the marking is lowered from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="28"/>
        <source>the marking ends earlier (%1 instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="32"/>
        <source>a Woo ground is removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="88"/>
        <source>Remove finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="90"/>
        <source>Finding %1 is answered by this commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="94"/>
        <source>Finding %1 is answered by these commitments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="101"/>
        <source>Remove it anyway? The link from the commitments to it goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="171"/>
        <source>Comments margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="193"/>
        <source>Print &amp;beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="199"/>
        <source>&amp;Comments beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="216"/>
        <source>Parts of the nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="225"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="226"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="227"/>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="228"/>
        <source>C&amp;ommitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="229"/>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="234"/>
        <source>Pa&amp;raaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="235"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="237"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="457"/>
        <source>This draft is in the trash. Restore it from the trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="462"/>
        <source>This draft is a conflict copy: it holds edits that clashed with a version saved elsewhere. Compare the two and keep what is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="682"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="682"/>
        <source>A note with this version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="691"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="787"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="791"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="857"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="866"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="884"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="889"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="903"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="909"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="905"/>
        <source>Your unsaved edits to this draft will be lost. Reload the version saved elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="920"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="66"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="67"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="68"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="70"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="72"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="132"/>
        <source>Conflict copy: edits that clashed with a version saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="144"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="146"/>
        <source>%1 (conflict copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListPanel</name>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="213"/>
        <source>Search subject, reference, text… (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="214"/>
        <source>Search the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="218"/>
        <source>Show drafts with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="219"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="223"/>
        <source>Show drafts with classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="224"/>
        <source>Every classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="234"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="237"/>
        <source>Show the drafts in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="238"/>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="240"/>
        <source>Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="246"/>
        <location filename="../../notadesk/gui/draft_list.py" line="340"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="371"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="382"/>
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="384"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="386"/>
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 of %n draft</numerusform>
            <numerusform>%1 of %n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElsewhereBar</name>
    <message>
        <location filename="../../notadesk/gui/live.py" line="94"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="95"/>
        <source>Show the version saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="96"/>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="98"/>
        <source>Show what differs between your version and the one saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="112"/>
        <source>%1 saved this draft elsewhere (revision %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="27"/>
        <source>The printer could not be started; check that it is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="33"/>
        <source>The printout could not be prepared for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="37"/>
        <source>The nota cannot be laid out on A4: one of its parts is larger than a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="43"/>
        <source>The PDF cannot be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="47"/>
        <source>%1 is a folder; give a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="51"/>
        <source>%1: its file is not stored here; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="59"/>
        <source>%1 is an encrypted PDF; remove its password or take it out of the print. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="67"/>
        <source>%1 is a damaged PDF that cannot be printed; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="73"/>
        <source>The letterhead logo cannot be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="77"/>
        <source>The letterhead logo %1 is not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="81"/>
        <source>The letterhead logo %1 is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="85"/>
        <source>The letterhead logo %1 is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="93"/>
        <source>The letterhead logo %1 is %2 × %3 pixels; a logo has at most %4 on a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="104"/>
        <source>The letterhead logo %1 has more pixels than a logo has; at most %2 on a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="113"/>
        <source>The letterhead logo %1 is damaged: it cannot be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="121"/>
        <source>The decision&apos;s date %1 is in the future; record a decision once it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="131"/>
        <source>The decision&apos;s date %1 is before the nota&apos;s date (%2); a decision cannot lift a marking before it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="142"/>
        <source>A declassification decision is recorded only through Nota › Record declassification…, which the audit log keeps; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="154"/>
        <source>%1 is marked %2, above the highest classification this workstation may hold (%3); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="166"/>
        <source>%1 is marked %2, above the highest classification this workstation may hold (%3); nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="178"/>
        <source>%1 is marked %2, of a marking scheme this workstation&apos;s policy does not allow; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="190"/>
        <source>The Onze Referentie %1 could be taken for a draft&apos;s id; change the reference prefix or pattern so that it holds more than hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="201"/>
        <source>This draft was changed elsewhere (revision %1 was saved after revision %2 that this edit started from); nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="209"/>
        <source>This draft was changed elsewhere; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="215"/>
        <source>This draft was changed elsewhere; look at the new text before initialling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="221"/>
        <source>Say why the nota goes back: a return needs a remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="228"/>
        <source>Your database role is not cleared for this marking level; ask the administrator (notadesk admin clearance) or choose a lower level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="244"/>
        <source>The team database %1 cannot be reached; check its address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="248"/>
        <source>The server of the team database %1 has no database role %2; an administrator creates it and gives it its rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="253"/>
        <source>The server has no database %1; check the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="254"/>
        <source>Your database role has no rights in the team database %1; an administrator gives them (notadesk admin grant ROLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="259"/>
        <source>The server of the team database %1 refused the login; check your password file, certificate or Kerberos ticket, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="264"/>
        <source>The team database %1 was made by a newer notadesk (schema %2); update notadesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="269"/>
        <source>The team database %1 is at schema %2 and this notadesk needs %3: an administrator backs it up with pg_dump and then runs &apos;notadesk admin upgrade&apos; as the owner of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="275"/>
        <source>The team database %1 holds no notadesk schema yet and this notadesk needs %2: an administrator backs it up with pg_dump and then runs &apos;notadesk admin upgrade&apos; as the owner of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="281"/>
        <source>The team database %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="282"/>
        <source>The team database cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="283"/>
        <source>The team database cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="284"/>
        <source>The team database cannot be watched for changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="285"/>
        <source>The connection to the team database was lost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="286"/>
        <source>The database URL holds a password; notadesk stores none: put it in the password file (~/.pgpass) or a service file, or use a certificate or Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="291"/>
        <source>The database must be given as a PostgreSQL URL starting with postgresql:// (without a URL notadesk uses its own database in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="296"/>
        <source>The database URL cannot be read; see libpq&apos;s connection URIs for its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="299"/>
        <source>The database URL may hold at most 2,000 characters and no control, direction or invisible characters; type it as the administrator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="304"/>
        <source>The database setting %1 cannot be read; choose the database again (Edit › Database…) or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="309"/>
        <source>The database setting %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="310"/>
        <source>The administrator&apos;s policy %1 cannot be used (%2); nothing that needs it is done until the administrator corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="321"/>
        <source>The draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="322"/>
        <source>The package holds a draft that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="325"/>
        <source>The print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="359"/>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="360"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="364"/>
        <source>Bijlage %1 of the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="100"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="101"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="131"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="33"/>
        <location filename="../../notadesk/gui/exchange.py" line="59"/>
        <location filename="../../notadesk/gui/exchange.py" line="134"/>
        <source>Export drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="61"/>
        <source>Export the open draft only, or every draft not in the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="66"/>
        <source>The open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="70"/>
        <source>Every draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="84"/>
        <source>The package is intact. Import it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="142"/>
        <source>Personal data in the text? Check these places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="144"/>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="145"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="47"/>
        <location filename="../../notadesk/gui/exchange.py" line="82"/>
        <location filename="../../notadesk/gui/exchange.py" line="159"/>
        <location filename="../../notadesk/gui/exchange.py" line="165"/>
        <location filename="../../notadesk/gui/exchange.py" line="174"/>
        <source>Import drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="178"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="59"/>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="60"/>
        <source>Find in this nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="63"/>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="64"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="65"/>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="69"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="70"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="72"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="73"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="74"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="75"/>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="78"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="79"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="163"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="166"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="229"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="236"/>
        <source>1 replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="238"/>
        <source>%1 replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="32"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="33"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="34"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="35"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="36"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="37"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="38"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="62"/>
        <source>main finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="62"/>
        <source>not a main finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="240"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="271"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="271"/>
        <source>Add a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="273"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="273"/>
        <source>Remove the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="275"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="275"/>
        <source>Move the finding up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="276"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="276"/>
        <source>Move the finding down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="278"/>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="278"/>
        <source>Number the findings 1, 2, 3… in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="294"/>
        <source>Double-click or start typing to edit a cell. Drag a row, or use Up and Down (Ctrl+Shift+Up/Down), to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="330"/>
        <source>Comment on finding %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormattingToolbar</name>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="27"/>
        <source>Choose findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="33"/>
        <source>Findings to print here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="38"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="45"/>
        <source> (main finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="65"/>
        <source>Quote the findings&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="112"/>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="114"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="123"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="125"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="129"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="131"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="135"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="137"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="141"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="143"/>
        <source>Yellow highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="156"/>
        <source>Redact for Woo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="163"/>
        <source>Remove redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="167"/>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="169"/>
        <source>Withhold on publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="177"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="183"/>
        <source>Numbered list: 1. 2. 3., a. b. c. one level down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="191"/>
        <source>Outdent (Shift+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="197"/>
        <source>Indent (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="202"/>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="255"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="206"/>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="209"/>
        <source>Main findings (quoted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="212"/>
        <source>Chosen findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="215"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="218"/>
        <source>Positions summary (in the sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="226"/>
        <source>Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="230"/>
        <source>Edit the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="242"/>
        <source>Change the findings block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="257"/>
        <source>Insert a block from the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="107"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="112"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="112"/>
        <source>Show the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="115"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="298"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="304"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="115"/>
        <source>Make the selected revision current again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="118"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="118"/>
        <source>Show what changed between two revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="121"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="123"/>
        <source>Save the current version with a note (e.g. &apos;naar DGPZ voor paraaf&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="131"/>
        <source>Every save is kept. Select one revision to view or restore it, or two (Ctrl+click) to compare them. A restore adds a new revision; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="138"/>
        <source>Changes between revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="165"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="166"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="167"/>
        <source>restored from revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="168"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="169"/>
        <source>status from the paraaf route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="194"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="222"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="246"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="256"/>
        <source>Revision %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="276"/>
        <source>Changes from revision %1 to %2 (words inserted: %3, deleted: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="278"/>
        <source>Revisions %1 and %2 have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="296"/>
        <source>Restore revision %1? It becomes a new revision; the present text stays in history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="32"/>
        <source>Your name and function go with every revision, comment and paraaf (account %1). Asked once; Edit › Your name and function… changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="38"/>
        <source>Name, e.g. J. de Vries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="39"/>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="67"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="41"/>
        <source>Function, e.g. beleidsmedewerker DVB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="42"/>
        <source>Your function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="43"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="61"/>
        <source>Why is the marking lowered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="65"/>
        <source>This change lowers the nota&apos;s protection. Say why, in at least %1 words; the audit log keeps your reason with your name, the time, and the old and new marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="75"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="76"/>
        <source>For example: the decision has been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="83"/>
        <source>Lower the marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="92"/>
        <source>Recorded as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="22"/>
        <source>Classification label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="47"/>
        <source>Unknown level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="59"/>
        <location filename="../../notadesk/gui/label_bar.py" line="64"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="66"/>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="58"/>
        <source>Choose a draft on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="83"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="133"/>
        <source>&amp;New nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="136"/>
        <source>New from &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="139"/>
        <source>&amp;Duplicate draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="142"/>
        <source>Save as te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="145"/>
        <source>Open the &amp;example nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="148"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="151"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="154"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="157"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="161"/>
        <location filename="../../notadesk/gui/main_window.py" line="643"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="162"/>
        <location filename="../../notadesk/gui/main_window.py" line="644"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="165"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="167"/>
        <source>Find and &amp;replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="170"/>
        <source>&amp;Search the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="173"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="176"/>
        <source>&amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="179"/>
        <source>Your &amp;name and function…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="182"/>
        <source>&amp;Check before definitief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="185"/>
        <source>Show the t&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="189"/>
        <source>&amp;About notadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="191"/>
        <source>&amp;Audit log of this nota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="194"/>
        <source>Record &amp;declassification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="197"/>
        <source>Audit log of this &amp;workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="200"/>
        <source>Trusted &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="216"/>
        <source>&amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="221"/>
        <source>Check &amp;Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="222"/>
        <source>Check &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="223"/>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="281"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="287"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="289"/>
        <source>&amp;Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="297"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="330"/>
        <location filename="../../notadesk/gui/main_window.py" line="340"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="365"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="396"/>
        <source>New nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="416"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="432"/>
        <source>Duplicate draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="450"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="455"/>
        <source>Saved as the template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="468"/>
        <source>Example nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="479"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="486"/>
        <source>Moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="493"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="513"/>
        <source>Record declassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="534"/>
        <source>Declassification recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="643"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="644"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="681"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="702"/>
        <source>All changes saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="705"/>
        <source>Not saved — see the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="707"/>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="729"/>
        <source>Colleagues&apos; saves are no longer shown as they happen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="751"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="779"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="780"/>
        <source>The last edits could not be saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../notadesk/gui/widgets.py" line="46"/>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/widgets.py" line="47"/>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../notadesk/gui/richtext/paste.py" line="37"/>
        <location filename="../../notadesk/gui/richtext/paste.py" line="55"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/paste.py" line="52"/>
        <source>Paste from a Word document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="320"/>
        <source>Personal data in the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="324"/>
        <source>The text seems to hold personal data. Check each place (double-click to go there); redact what must not go out, or go on if it is meant to be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="330"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="339"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortionControl</name>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="87"/>
        <source>Portion &amp;marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="91"/>
        <source>Portion marking at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="122"/>
        <source>Portion: %1 (the nota&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="125"/>
        <source>Portion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="134"/>
        <source>The nota&apos;s marking (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="147"/>
        <source>Put the cursor in a paragraph, list item or table of the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portions</name>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="118"/>
        <source>A portion is marked higher than the nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="121"/>
        <source>A part of the nota is marked {portion}, above the nota&apos;s marking {marking}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="129"/>
        <source>Raise the nota&apos;s marking to {level}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="134"/>
        <source>Raise the marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="73"/>
        <source>%1 (the nota&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="15"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="17"/>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="18"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="23"/>
        <source>Reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="24"/>
        <source>The nota itself always keeps its Dutch labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="28"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="30"/>
        <source>&amp;Reference prefix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="146"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="153"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="154"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="158"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="159"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="166"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="169"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="172"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="173"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="176"/>
        <location filename="../../notadesk/gui/preview.py" line="185"/>
        <source>Woo publication variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="179"/>
        <source>Show the nota as it would be published under the Woo, with redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="304"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="331"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="335"/>
        <source>Not up to date: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="400"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="70"/>
        <source>The Woo variant of a %1 nota is made only after a recorded declassification decision: record it first with Nota › Record declassification….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="96"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="97"/>
        <source>Woo publication variant, PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="103"/>
        <location filename="../../notadesk/gui/printing.py" line="113"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="151"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="154"/>
        <source>Print the Woo publication variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="158"/>
        <source>Each copy gets its own copy number and is entered in the copy register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="163"/>
        <source>Copies are printed without copy numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="176"/>
        <source>Print nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="191"/>
        <location filename="../../notadesk/gui/printing.py" line="336"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="211"/>
        <source>At most %1 copies can be printed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="260"/>
        <source>The copy register keeps the entries of this print; the audit log says it did not reach the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="19"/>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="20"/>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="23"/>
        <source>Aan names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="24"/>
        <source>A name of {length} characters is too long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="27"/>
        <source>The type line is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="28"/>
        <source>The date (Datum) is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="29"/>
        <source>The nota has no sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="30"/>
        <source>Commitment {number} answers no finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="31"/>
        <source>Commitment {number} is linked to a finding that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="34"/>
        <source>Finding number {number} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="35"/>
        <source>The findings are not numbered 1 to {count} without gaps ({missing} missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="38"/>
        <source>The findings are not numbered 1 to {count} without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="41"/>
        <source>The classification level is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="42"/>
        <source>Nobody has set the classification: fill in “Set by”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="43"/>
        <source>The classification has no duration: set an end date or an end event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="46"/>
        <source>The classification ends on {date}, today or in the past: choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="50"/>
        <source>A nota cannot go from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="51"/>
        <source>The paraaf route has steps still open: {steps}. The nota becomes definitief once each has initialled this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="56"/>
        <source>No font of the print has these characters; they would print as {placeholder}: {characters}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="21"/>
        <source>Before the nota can be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="29"/>
        <source>The nota cannot become %1 yet. Put these right first; double-click a problem (or press Enter) to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="35"/>
        <source>Nothing is missing: the nota can become %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="38"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="54"/>
        <source>&amp;Go to field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="41"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="48"/>
        <source>Add reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="42"/>
        <source>Name or unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="49"/>
        <source>Function (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="58"/>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="59"/>
        <source>A deleted finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="63"/>
        <source>Commitment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="64"/>
        <source>A deleted commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="69"/>
        <source>The whole nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="77"/>
        <source>its passage is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="79"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <location filename="../../notadesk/gui/richtext/formats.py" line="108"/>
        <source>unknown ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/formats.py" line="109"/>
        <source>Redacted for Woo publication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="602"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="607"/>
        <source>Add “%1” to this workstation’s dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="671"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="321"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="322"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="323"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="324"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="325"/>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="330"/>
        <source>Paraaf route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="334"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="442"/>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="334"/>
        <source>Give your paraaf on this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="337"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="442"/>
        <source>Return with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="337"/>
        <source>Send the nota back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="340"/>
        <source>Add reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="340"/>
        <source>Add a reviewer after the Via names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="343"/>
        <source>Remove reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="343"/>
        <source>Remove an added reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="361"/>
        <source>to initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="362"/>
        <source>initialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="363"/>
        <source>initialled an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="364"/>
        <source>returned with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="392"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="453"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="475"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="490"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="400"/>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="421"/>
        <source>The route is empty: add Via names on the Details tab, or a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="424"/>
        <source>Every step has initialled this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="427"/>
        <source>Steps still to initial this version: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="443"/>
        <source>Remark (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="445"/>
        <source>Why does the nota go back?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingListEditor</name>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <source>Name or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <location filename="../../notadesk/gui/editor/routing.py" line="75"/>
        <source>Woo ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="43"/>
        <source>Add a name to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="44"/>
        <source>Remove the name from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="45"/>
        <source>Move the name up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="46"/>
        <source>Move the name down in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="76"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="79"/>
        <source>The personal-data ground 5.1.2e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="78"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="83"/>
        <source>Table cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="98"/>
        <source>Header rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="100"/>
        <source>Header rows print bold and repeat at the top of every page the table spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="104"/>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="105"/>
        <source>Remove r&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="106"/>
        <source>Add &amp;column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="107"/>
        <source>Remove co&amp;lumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="122"/>
        <source>&amp;Header rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="20"/>
        <source>New nota from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="23"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="26"/>
        <source>this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="37"/>
        <source>A template gives the new nota its sections and routing; the text is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="77"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="78"/>
        <source>Name of the template (its sections and routing are kept):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="58"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="59"/>
        <source>Remove the section “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="267"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="319"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="269"/>
        <source>Sections and sub-sections; double-click to rename, drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="283"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="284"/>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="288"/>
        <source>Sub-section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="289"/>
        <source>Add a sub-section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="293"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="294"/>
        <source>Rename the section (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="298"/>
        <source>Move the section up (Ctrl+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="303"/>
        <source>Move the section down (Ctrl+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="307"/>
        <source>Remove the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="371"/>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="647"/>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="1044"/>
        <source>The whole nota is selected: Copy takes it all; to change text, click in a section first (edits act within one section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="552"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="554"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="354"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="847"/>
        <source>No section: add one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="704"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="863"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="907"/>
        <source>New sub-section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="909"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="115"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="197"/>
        <location filename="../../notadesk/gui/trust.py" line="208"/>
        <location filename="../../notadesk/gui/trust.py" line="250"/>
        <location filename="../../notadesk/gui/trust.py" line="274"/>
        <location filename="../../notadesk/gui/trust.py" line="290"/>
        <location filename="../../notadesk/gui/trust.py" line="295"/>
        <location filename="../../notadesk/gui/trust.py" line="306"/>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="202"/>
        <source>Packages signed by these keys are trusted here. Compare a key&apos;s fingerprint with its workstation (by phone or on paper) before you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Trusted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="218"/>
        <source>&amp;Add from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="221"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="224"/>
        <source>&amp;Save this workstation&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="246"/>
        <source>this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="247"/>
        <source>the administrator&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="248"/>
        <source>the trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="268"/>
        <source>Public-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="268"/>
        <source>Public keys (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="291"/>
        <source>Only keys on the trust list can be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="303"/>
        <source>Save the key in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="409"/>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="410"/>
        <source>Remove finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="411"/>
        <source>Move finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="412"/>
        <source>Edit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="413"/>
        <source>Edit finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="414"/>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="415"/>
        <source>Remove commitment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="416"/>
        <source>Move commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="417"/>
        <source>Edit commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="418"/>
        <source>Edit commitment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="419"/>
        <source>Add attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="420"/>
        <source>Remove attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="421"/>
        <source>Move attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="422"/>
        <source>Edit attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="423"/>
        <source>Edit attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="424"/>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="425"/>
        <source>Edit subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="426"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="427"/>
        <source>Change date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="428"/>
        <source>Edit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="429"/>
        <source>Change deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="430"/>
        <source>Edit drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="431"/>
        <source>Change classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="432"/>
        <source>Edit classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="433"/>
        <source>Add a name to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="434"/>
        <source>Remove a name from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="435"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="436"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="437"/>
        <source>Renumber findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="438"/>
        <source>Edit finding groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="439"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="440"/>
        <source>Remove section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="441"/>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="442"/>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="502"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="382"/>
        <source>Insert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="384"/>
        <source>Insert data block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="456"/>
        <source>Edit table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="458"/>
        <source>Change data block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="659"/>
        <source>Correct spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="17"/>
        <source>Welcome to notadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="24"/>
        <source>There are no drafts yet. Start a new nota, or open the published example nota (Min-BuZa.2022.240) to see how a finished one looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="30"/>
        <source>&amp;New nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="32"/>
        <source>Open the &amp;example nota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordActions</name>
    <message>
        <location filename="../../notadesk/gui/word.py" line="31"/>
        <source>Images and drawings: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="34"/>
        <source>Text boxes and the text in them: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="37"/>
        <source>Embedded objects and charts: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="40"/>
        <source>Equations: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="41"/>
        <source>Comments: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="42"/>
        <source>Characters in a symbol font: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="45"/>
        <source>Hidden text: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="46"/>
        <source>Table of contents: not imported (the sections are the contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="49"/>
        <source>Tracked changes not accepted: imported as if accepted (insertions kept, deletions left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="54"/>
        <source>Fields (dates, page numbers, references): imported as the text they showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="58"/>
        <source>Footnotes: imported as text in place, in square brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="61"/>
        <source>Footnotes: imported as text at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="64"/>
        <source>Links: imported as their text, without the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="67"/>
        <source>Merged table cells: split, the text stays in the first cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="70"/>
        <source>Tables inside table cells: imported as paragraphs in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="73"/>
        <source>Lists inside table cells: imported as paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="76"/>
        <source>List levels deeper than 3: imported at level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="79"/>
        <source>Heading levels deeper than 3: imported as level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="82"/>
        <source>Headings: pasted as bold paragraphs (import the document for sections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="87"/>
        <source>Other elements: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="94"/>
        <source>Sections: %1, paragraphs: %2, list items: %3, tables: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="107"/>
        <source>The document is marked %1; a new draft takes that marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="121"/>
        <location filename="../../notadesk/gui/word.py" line="173"/>
        <location filename="../../notadesk/gui/word.py" line="276"/>
        <location filename="../../notadesk/gui/word.py" line="318"/>
        <location filename="../../notadesk/gui/word.py" line="343"/>
        <source>Import Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="123"/>
        <location filename="../../notadesk/gui/word.py" line="130"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="131"/>
        <source>Woo publication variant, Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="136"/>
        <location filename="../../notadesk/gui/word.py" line="409"/>
        <location filename="../../notadesk/gui/word.py" line="413"/>
        <source>Export as Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="178"/>
        <source>What comes over from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="197"/>
        <source>Everything comes over as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="205"/>
        <source>Where the text goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="209"/>
        <source>A new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="212"/>
        <source>New sections at the end of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="217"/>
        <source>Into the section “%1”, its headings as sub-sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="229"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="253"/>
        <source>Import &amp;Word document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="256"/>
        <source>Export as W&amp;ord document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="323"/>
        <source>Imported as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="351"/>
        <source>Imported into this draft. Edit › Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="379"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="388"/>
        <source>The import was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="418"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../notadesk/gui/operations.py" line="38"/>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="385"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
