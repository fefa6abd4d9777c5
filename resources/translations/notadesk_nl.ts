<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="16"/>
        <source>About notadesk</source>
        <translation>Over notadesk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="20"/>
        <source>Draft, keep and print nota&apos;s: decision memos to a minister.</source>
        <translation>Nota&apos;s opstellen, bewaren en afdrukken: beslisnota&apos;s aan een bewindspersoon.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="23"/>
        <source>Data location:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="26"/>
        <source>Data location</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="30"/>
        <source>This program makes no network connections. Everything stays on this workstation; drafts leave it only as packages you export yourself.</source>
        <translation>Dit programma maakt geen netwerkverbindingen. Alles blijft op deze werkplek; concepten verlaten hem alleen als pakketten die u zelf exporteert.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/about.py" line="39"/>
        <source>Licence: EUPL-1.2. Icons: Tango Icon Library (public domain).</source>
        <translation>Licentie: EUPL-1.2. Pictogrammen: Tango Icon Library (publiek domein).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="67"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="68"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="79"/>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="27"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="79"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="131"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="135"/>
        <source>Attach a file</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="82"/>
        <source>Add title</source>
        <translation>Titel toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="82"/>
        <source>Add an attachment known by title only</source>
        <translation>Een bijlage toevoegen met alleen een titel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="85"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="85"/>
        <source>Remove the selected attachment</source>
        <translation>De gekozen bijlage verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="88"/>
        <source>Save file as…</source>
        <translation>Bestand opslaan als…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="88"/>
        <source>Save the attached file</source>
        <translation>Het bijgevoegde bestand opslaan</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="95"/>
        <source>Attachments print as Bijlage in this order; double-click a title to edit it.</source>
        <translation>Bijlagen worden in deze volgorde als Bijlage afgedrukt; dubbelklik op een titel om die te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="110"/>
        <source>(title only)</source>
        <translation>(alleen titel)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="35"/>
        <location filename="../../notadesk/gui/editor/attachments_tab.py" line="181"/>
        <source>Save the file</source>
        <translation>Het bestand opslaan</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="26"/>
        <source>revision %1, %n copies, %3, sha256 %4</source>
        <translation>
            <numerusform>versie %1, %n exemplaar, %3, sha256 %4</numerusform>
            <numerusform>versie %1, %n exemplaren, %3, sha256 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="30"/>
        <source>revision %1, %n copies not printed: %3</source>
        <translation>
            <numerusform>versie %1, %n exemplaar niet afgedrukt: %3</numerusform>
            <numerusform>versie %1, %n exemplaren niet afgedrukt: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/audit_text.py" line="34"/>
        <source>before the %1: %n likely item(s) of personal data (%3)</source>
        <translation>
            <numerusform>vóór de %1: %n mogelijk persoonsgegeven (%3)</numerusform>
            <numerusform>vóór de %1: %n mogelijke persoonsgegevens (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="38"/>
        <source>made</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="39"/>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="40"/>
        <source>revision restored</source>
        <translation>versie teruggezet</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="41"/>
        <source>moved to the trash</source>
        <translation>naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="42"/>
        <source>back from the trash</source>
        <translation>uit de prullenbak teruggehaald</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="43"/>
        <source>stored as concept</source>
        <translation>als concept opgeslagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="44"/>
        <source>marking lowered</source>
        <translation>rubricering verlaagd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="45"/>
        <source>declassified</source>
        <translation>gederubriceerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="46"/>
        <source>status changed</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="47"/>
        <location filename="../../notadesk/gui/audit_text.py" line="65"/>
        <source>comment</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="48"/>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="49"/>
        <source>print failed</source>
        <translation>afdruk mislukt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="50"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="51"/>
        <source>saved as Word</source>
        <translation>als Word opgeslagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="52"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="53"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="54"/>
        <source>personal data shown</source>
        <translation>persoonsgegevens gemeld</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="55"/>
        <source>key trusted</source>
        <translation>sleutel vertrouwd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="56"/>
        <source>key no longer trusted</source>
        <translation>sleutel niet meer vertrouwd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="61"/>
        <source>normal</source>
        <translation>normaal</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="62"/>
        <source>Woo variant</source>
        <translation>Woo-publicatieversie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="63"/>
        <source>print</source>
        <translation>afdruk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="64"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="66"/>
        <source>reply</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="67"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="68"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="69"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="70"/>
        <source>conflict copy</source>
        <translation>conflictkopie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="79"/>
        <source>revision %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="84"/>
        <source>from revision %1</source>
        <translation>van versie %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="94"/>
        <location filename="../../notadesk/gui/audit_text.py" line="111"/>
        <source>Woo variant of the declassified nota (decision %1)</source>
        <translation>Woo-publicatieversie van de gederubriceerde nota (besluit %1)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="106"/>
        <source>revision %1, %2, sha256 %3</source>
        <translation>versie %1, %2, sha256 %3</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="123"/>
        <source>%1, from %2</source>
        <translation>%1, uit %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="128"/>
        <source>%1 declassified by %2 on %3 (%4)</source>
        <translation>%1 gederubriceerd door %2 op %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/audit_text.py" line="137"/>
        <source>%1The draft arrived as %2 but is not ready (%3), so it is stored as concept.</source>
        <translation>%1De nota kwam binnen als %2 maar is daar nog niet klaar voor (%3); ze is als concept opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="135"/>
        <source>Audit log of this nota</source>
        <translation>Auditlog van deze nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="137"/>
        <source>Audit log of this workstation</source>
        <translation>Auditlog van deze werkplek</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="144"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="146"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="147"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="148"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="149"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="150"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="151"/>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="158"/>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="167"/>
        <source>(workstation)</source>
        <translation>(werkplek)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="170"/>
        <source>here</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="200"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="205"/>
        <source>Marking of the finding</source>
        <translation>Rubricering van de bevinding</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="207"/>
        <source>— no position yet</source>
        <translation>— nog geen standpunt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="210"/>
        <source>Position</source>
        <translation>Standpunt</translation>
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
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="157"/>
        <source>Show resolved</source>
        <translation>Afgehandelde tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="160"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="252"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="258"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="160"/>
        <source>Comment on the selected words</source>
        <translation>Een opmerking bij de geselecteerde woorden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="163"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="273"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="279"/>
        <source>Reply</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="163"/>
        <source>Reply to the selected comment</source>
        <translation>Op de geselecteerde opmerking antwoorden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="166"/>
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="166"/>
        <source>Mark the selected comment resolved</source>
        <translation>De geselecteerde opmerking als afgehandeld markeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="169"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="169"/>
        <source>Reopen the selected comment</source>
        <translation>De geselecteerde opmerking heropenen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="219"/>
        <source>Comments (%1 open)</source>
        <translation>Opmerkingen (%1 open)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="252"/>
        <source>Your comment:</source>
        <translation>Uw opmerking:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="273"/>
        <source>Your reply:</source>
        <translation>Uw antwoord:</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="63"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="31"/>
        <source>Due</source>
        <translation>Gereed op</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="32"/>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="34"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="48"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="48"/>
        <source>Add a commitment</source>
        <translation>Een toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="50"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="50"/>
        <source>Remove the selected commitment</source>
        <translation>De gekozen toezegging verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="56"/>
        <source>Commitment text</source>
        <translation>Tekst van de toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="60"/>
        <source>Findings this commitment answers</source>
        <translation>Bevindingen waarop deze toezegging antwoordt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="64"/>
        <source>e.g. Defensie, BZ/DSH</source>
        <translation>bv. Defensie, BZ/DSH</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="65"/>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="79"/>
        <source>Due date</source>
        <translation>Gereed op</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="67"/>
        <source>Commitment status</source>
        <translation>Status van de toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="71"/>
        <source>Marking of the commitment</source>
        <translation>Rubricering van de toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="73"/>
        <source>Selected commitment</source>
        <translation>Gekozen toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="76"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="77"/>
        <source>Answers &amp;finding(s)</source>
        <translation>Antwoordt op &amp;bevinding(en)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="78"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="80"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="81"/>
        <source>&amp;Marking</source>
        <translation>&amp;Rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/commitments_tab.py" line="204"/>
        <source>Comment on commitment %1…</source>
        <translation>Opmerking bij toezegging %1…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="16"/>
        <source>This draft was changed elsewhere</source>
        <translation>Dit concept is elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="20"/>
        <source>Open theirs: their version is shown and your latest edits are set aside.
Keep mine as a copy: your version is saved as a new draft, marked as a conflict copy in the list; theirs stays as it is.</source>
        <translation>Hun versie openen: hun versie wordt getoond en uw laatste wijzigingen vervallen.
Mijn versie als kopie bewaren: uw versie wordt opgeslagen als nieuw concept, in de lijst gemarkeerd als conflictkopie; hun versie blijft zoals die is.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="26"/>
        <source>Open theirs</source>
        <translation>Hun versie openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/conflict.py" line="29"/>
        <source>Keep mine as a copy</source>
        <translation>Mijn versie als kopie bewaren</translation>
    </message>
</context>
<context>
    <name>DataBlocks</name>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="39"/>
        <source>, quoted</source>
        <translation>, geciteerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="43"/>
        <source>Main findings</source>
        <translation>Hoofdbevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="51"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="55"/>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="59"/>
        <source>%1 no longer in the table</source>
        <translation>%1 staat niet meer in de tabel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="64"/>
        <source>All findings</source>
        <translation>Alle bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="72"/>
        <source>Commitments on findings</source>
        <translation>Toezeggingen op bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="76"/>
        <source>All commitments</source>
        <translation>Alle toezeggingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="78"/>
        <location filename="../../notadesk/gui/richtext/objects.py" line="466"/>
        <source>Positions summary</source>
        <translation>Samenvatting standpunten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="81"/>
        <source>Table (rows × columns): %1 × %2</source>
        <translation>Tabel (rijen × kolommen): %1 × %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="85"/>
        <source>Data block</source>
        <translation>Gegevensblok</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="97"/>
        <source>Inserted from the data</source>
        <translation>Ingevoegd uit de gegevens</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="240"/>
        <source>from the commitments table; double-click a line to open it</source>
        <translation>uit de toezeggingen; dubbelklik een regel om die te openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="245"/>
        <source>from the findings table; double-click here to choose, a line to open it</source>
        <translation>uit de bevindingen; dubbelklik hier om te kiezen, een regel om die te openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="302"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="306"/>
        <source>(nothing to print)</source>
        <translation>(niets om af te drukken)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="410"/>
        <source>… and 1 more row</source>
        <translation>… en nog 1 rij</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/objects.py" line="412"/>
        <source>… and %1 more rows</source>
        <translation>… en nog %1 rijen</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="23"/>
        <source>the administrator&apos;s policy</source>
        <translation>het beleid van de beheerder</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="24"/>
        <source>the --database option</source>
        <translation>de optie --database</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="25"/>
        <source>the environment variable NOTADESK_DATABASE</source>
        <translation>de omgevingsvariabele NOTADESK_DATABASE</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="28"/>
        <source>your setting below</source>
        <translation>uw instelling hieronder</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="29"/>
        <source>nobody: without a team database notadesk uses its own</source>
        <translation>niemand: zonder teamdatabase gebruikt notadesk zijn eigen database</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="53"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="65"/>
        <source>Team database URL</source>
        <translation>URL van de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="70"/>
        <source>A PostgreSQL URL as libpq reads it, without a password: the password file, a certificate or Kerberos logs you in. Empty: the database in the data folder.</source>
        <translation>Een PostgreSQL-URL zoals libpq die leest, zonder wachtwoord: het wachtwoordbestand, een certificaat of Kerberos meldt u aan. Leeg: de database in de gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="80"/>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="82"/>
        <source>In use:</source>
        <translation>In gebruik:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="83"/>
        <source>Chosen by:</source>
        <translation>Gekozen door:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="84"/>
        <source>&amp;Team database:</source>
        <translation>&amp;Teamdatabase:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="90"/>
        <source>&amp;Check and use</source>
        <translation>&amp;Controleren en gebruiken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="95"/>
        <source>Use the data &amp;folder&apos;s database</source>
        <translation>Database in de gegevens&amp;map gebruiken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="116"/>
        <source>The database in the data folder: %1</source>
        <translation>De database in de gegevensmap: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="119"/>
        <source>The team database %1</source>
        <translation>De teamdatabase %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="132"/>
        <source>The administrator&apos;s policy sets the database of this workstation; it cannot be changed here.</source>
        <translation>Het beleid van de beheerder bepaalt de database van deze werkplek; die kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="137"/>
        <source>Your setting is used when notadesk is started without %1; a change takes effect at the next start.</source>
        <translation>Uw instelling geldt wanneer notadesk zonder %1 wordt gestart; een wijziging werkt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="143"/>
        <source>A change takes effect when notadesk is started again.</source>
        <translation>Een wijziging werkt zodra notadesk opnieuw wordt gestart.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="158"/>
        <source>Connected as database role %1. Saved: notadesk uses this team database from its next start.</source>
        <translation>Verbonden als databaserol %1. Opgeslagen: notadesk gebruikt deze teamdatabase vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="163"/>
        <source>This role has no clearance: it sees unclassified drafts only until the administrator clears it (notadesk admin clearance).</source>
        <translation>Deze rol heeft geen machtiging: hij ziet alleen ongerubriceerde concepten tot de beheerder hem machtigt (notadesk admin clearance).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/database.py" line="177"/>
        <source>Saved: notadesk uses the database in the data folder from its next start.</source>
        <translation>Opgeslagen: notadesk gebruikt de database in de gegevensmap vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>DeclassifyDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="19"/>
        <source>Record declassification</source>
        <translation>Derubricering vastleggen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="22"/>
        <source>Record the decision that lifts the marking %1. The Woo variant of the nota (print and Word) can be made once it is recorded; it shows the marking struck through with the decision&apos;s date and reference. The decision is kept in the nota&apos;s history and audit log.</source>
        <translation>Leg het besluit vast dat de rubricering %1 opheft. De Woo-versie van de nota (afdruk en Word) kan worden gemaakt zodra het is vastgelegd; daarop staat de rubricering doorgehaald, met de datum en het kenmerk van het besluit. Het besluit blijft bewaard in de geschiedenis en het auditlog van de nota.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="30"/>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="31"/>
        <source>e.g. Hoofd DJZ</source>
        <translation>bijv. Hoofd DJZ</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="33"/>
        <source>Date of the decision</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="37"/>
        <source>Reference of the decision</source>
        <translation>Kenmerk van het besluit</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="38"/>
        <source>e.g. DJZ-2026/117</source>
        <translation>bijv. DJZ-2026/117</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="41"/>
        <source>Decided &amp;by</source>
        <translation>Besloten &amp;door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="42"/>
        <source>&amp;Date</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="43"/>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/declassify.py" line="53"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="47"/>
        <source>Type line</source>
        <translation>Typeregel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="50"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="51"/>
        <source>What the nota is about</source>
        <translation>Waar de nota over gaat</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="57"/>
        <source>Given on the first save when left empty</source>
        <translation>Wordt bij het eerste opslaan toegekend als het leeg blijft</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="60"/>
        <source>%1 (text)</source>
        <translation>%1 (tekst)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="61"/>
        <source>e.g. RDINEV</source>
        <translation>bv. RDINEV</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="66"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="116"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="70"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="119"/>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="71"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="120"/>
        <source>Set by</source>
        <translation>Vastgesteld door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="72"/>
        <source>Classified until</source>
        <translation>Gerubriceerd tot</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="73"/>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="122"/>
        <source>End event</source>
        <translation>Eindgebeurtenis</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="74"/>
        <source>or: until an event, e.g. publication</source>
        <translation>of: tot een gebeurtenis, bv. publicatie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="97"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="99"/>
        <source>&amp;Type line</source>
        <translation>&amp;Typeregel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="100"/>
        <source>S&amp;ubject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="101"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="107"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="110"/>
        <source>%1 (date)</source>
        <translation>%1 (datum)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="118"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="121"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/details_tab.py" line="125"/>
        <source>Routing</source>
        <translation>Routering</translation>
    </message>
</context>
<context>
    <name>Downgrade</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="24"/>
        <source>the marking is lowered from %1 to %2</source>
        <translation>de rubricering gaat omlaag van %1 naar %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="28"/>
        <source>the marking ends earlier (%1 instead of %2)</source>
        <translation>de rubricering eindigt eerder (%1 in plaats van %2)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="32"/>
        <source>a Woo ground is removed (%1)</source>
        <translation>een Woo-grond vervalt (%1)</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="88"/>
        <source>Remove finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="90"/>
        <source>Finding %1 is answered by this commitment:</source>
        <translation>Bij bevinding %1 hoort deze toezegging:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="94"/>
        <source>Finding %1 is answered by these commitments:</source>
        <translation>Bij bevinding %1 horen deze toezeggingen:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="101"/>
        <source>Remove it anyway? The link from the commitments to it goes too.</source>
        <translation>Toch verwijderen? De koppeling van de toezeggingen aan deze bevinding verdwijnt dan ook.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="171"/>
        <source>Comments margin</source>
        <translation>Kantlijn met opmerkingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="193"/>
        <source>Print &amp;beside the text</source>
        <translation>Afdruk &amp;naast de tekst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="199"/>
        <source>&amp;Comments beside the text</source>
        <translation>&amp;Opmerkingen naast de tekst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="216"/>
        <source>Parts of the nota</source>
        <translation>Onderdelen van de nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="225"/>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="226"/>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="227"/>
        <source>&amp;Findings</source>
        <translation>&amp;Bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="228"/>
        <source>C&amp;ommitments</source>
        <translation>T&amp;oezeggingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="229"/>
        <source>&amp;Attachments</source>
        <translation>B&amp;ijlagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="234"/>
        <source>Pa&amp;raaf</source>
        <translation>Pa&amp;raaf</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="235"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="237"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="457"/>
        <source>This draft is in the trash. Restore it from the trash to edit it.</source>
        <translation>Dit concept staat in de prullenbak. Zet het terug om het te bewerken.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="462"/>
        <source>This draft is a conflict copy: it holds edits that clashed with a version saved elsewhere. Compare the two and keep what is right.</source>
        <translation>Dit concept is een conflictkopie: het bevat wijzigingen die botsten met een elders opgeslagen versie. Vergelijk beide en houd wat klopt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="682"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="682"/>
        <source>A note with this version:</source>
        <translation>Een notitie bij deze versie:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="691"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="787"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="791"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="857"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="866"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="884"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="889"/>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="903"/>
        <location filename="../../notadesk/gui/editor/editor.py" line="909"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="905"/>
        <source>Your unsaved edits to this draft will be lost. Reload the version saved elsewhere?</source>
        <translation>Uw niet-opgeslagen wijzigingen in dit concept gaan verloren. De elders opgeslagen versie laden?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="920"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="66"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="67"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="68"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="70"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="71"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="72"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="132"/>
        <source>Conflict copy: edits that clashed with a version saved elsewhere</source>
        <translation>Conflictkopie: wijzigingen die botsten met een elders opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="144"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="146"/>
        <source>%1 (conflict copy)</source>
        <translation>%1 (conflictkopie)</translation>
    </message>
</context>
<context>
    <name>DraftListPanel</name>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="213"/>
        <source>Search subject, reference, text… (Ctrl+Shift+F)</source>
        <translation>Zoek in onderwerp, referentie, tekst… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="214"/>
        <source>Search the drafts</source>
        <translation>Concepten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="218"/>
        <source>Show drafts with status</source>
        <translation>Concepten tonen met status</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="219"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="223"/>
        <source>Show drafts with classification</source>
        <translation>Concepten tonen met rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="224"/>
        <source>Every classification</source>
        <translation>Elke rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="234"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="237"/>
        <source>Show the drafts in the trash</source>
        <translation>De concepten in de prullenbak tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="238"/>
        <source>Show the trash</source>
        <translation>De prullenbak tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="240"/>
        <source>Restore from trash</source>
        <translation>Terugzetten uit prullenbak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="246"/>
        <location filename="../../notadesk/gui/draft_list.py" line="340"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/draft_list.py" line="371"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="382"/>
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in de prullenbak</numerusform>
            <numerusform>%n in de prullenbak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="384"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n nota’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../notadesk/gui/draft_list.py" line="386"/>
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 van %n nota</numerusform>
            <numerusform>%1 van %n nota’s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElsewhereBar</name>
    <message>
        <location filename="../../notadesk/gui/live.py" line="94"/>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="95"/>
        <source>Show the version saved elsewhere</source>
        <translation>De elders opgeslagen versie tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="96"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="98"/>
        <source>Show what differs between your version and the one saved elsewhere</source>
        <translation>Tonen wat er verschilt tussen uw versie en de elders opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/live.py" line="112"/>
        <source>%1 saved this draft elsewhere (revision %2, %3).</source>
        <translation>%1 heeft dit concept elders opgeslagen (revisie %2, %3).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="27"/>
        <source>The printer could not be started; check that it is available.</source>
        <translation>De printer kon niet worden gestart; kijk of hij beschikbaar is.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="33"/>
        <source>The printout could not be prepared for the printer.</source>
        <translation>De afdruk kon niet voor de printer worden klaargemaakt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="37"/>
        <source>The nota cannot be laid out on A4: one of its parts is larger than a page.</source>
        <translation>De nota past niet op A4: een van haar onderdelen is groter dan een pagina.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="43"/>
        <source>The PDF cannot be written to %1: %2.</source>
        <translation>De pdf kan niet naar %1 worden geschreven: %2.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="47"/>
        <source>%1 is a folder; give a file name for the PDF.</source>
        <translation>%1 is een map; geef een bestandsnaam voor de pdf.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="51"/>
        <source>%1: its file is not stored here; nothing was printed.</source>
        <translation>%1: het bestand is hier niet opgeslagen; er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="59"/>
        <source>%1 is an encrypted PDF; remove its password or take it out of the print. Nothing was printed.</source>
        <translation>%1 is een versleutelde pdf; haal het wachtwoord eraf of laat hem buiten de afdruk. Er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="67"/>
        <source>%1 is a damaged PDF that cannot be printed; nothing was printed.</source>
        <translation>%1 is een beschadigde pdf die niet kan worden afgedrukt; er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="73"/>
        <source>The letterhead logo cannot be read as an image.</source>
        <translation>Het logo van het briefhoofd kan niet als afbeelding worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="77"/>
        <source>The letterhead logo %1 is not an image file.</source>
        <translation>Het logo van het briefhoofd %1 is geen afbeeldingsbestand.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="81"/>
        <source>The letterhead logo %1 is larger than 4 MB.</source>
        <translation>Het logo van het briefhoofd %1 is groter dan 4 MB.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="85"/>
        <source>The letterhead logo %1 is not a PNG or JPEG image.</source>
        <translation>Het logo van het briefhoofd %1 is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="93"/>
        <source>The letterhead logo %1 is %2 × %3 pixels; a logo has at most %4 on a side.</source>
        <translation>Het logo van het briefhoofd %1 is %2 × %3 pixels; een logo heeft er hoogstens %4 per zijde.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="104"/>
        <source>The letterhead logo %1 has more pixels than a logo has; at most %2 on a side.</source>
        <translation>Het logo van het briefhoofd %1 heeft meer pixels dan een logo heeft; hoogstens %2 per zijde.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="113"/>
        <source>The letterhead logo %1 is damaged: it cannot be read as an image.</source>
        <translation>Het logo van het briefhoofd %1 is beschadigd: het kan niet als afbeelding worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="121"/>
        <source>The decision&apos;s date %1 is in the future; record a decision once it is taken.</source>
        <translation>De datum van het besluit, %1, ligt in de toekomst; leg een besluit vast als het genomen is.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="131"/>
        <source>The decision&apos;s date %1 is before the nota&apos;s date (%2); a decision cannot lift a marking before it existed.</source>
        <translation>De datum van het besluit, %1, ligt vóór de datum van de nota (%2); een besluit kan een rubricering niet opheffen voordat die bestond.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="142"/>
        <source>A declassification decision is recorded only through Nota › Record declassification…, which the audit log keeps; nothing was stored.</source>
        <translation>Een besluit tot derubricering wordt alleen vastgelegd via Nota › Derubricering vastleggen…, dat het auditlog bewaart; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="154"/>
        <source>%1 is marked %2, above the highest classification this workstation may hold (%3); nothing was stored.</source>
        <translation>%1 is gerubriceerd als %2, hoger dan de hoogste rubricering die dit werkstation mag bevatten (%3); er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="166"/>
        <source>%1 is marked %2, above the highest classification this workstation may hold (%3); nothing was printed.</source>
        <translation>%1 is gerubriceerd als %2, hoger dan de hoogste rubricering die dit werkstation mag bevatten (%3); er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="178"/>
        <source>%1 is marked %2, of a marking scheme this workstation&apos;s policy does not allow; nothing was stored.</source>
        <translation>%1 is gerubriceerd als %2, uit een rubriceringsstelsel dat het beleid van dit werkstation niet toestaat; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="190"/>
        <source>The Onze Referentie %1 could be taken for a draft&apos;s id; change the reference prefix or pattern so that it holds more than hex digits.</source>
        <translation>De Onze Referentie %1 kan worden aangezien voor de id van een nota; wijzig het voorvoegsel of het patroon van de referentie zodat er meer in staat dan hexadecimale cijfers.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="201"/>
        <source>This draft was changed elsewhere (revision %1 was saved after revision %2 that this edit started from); nothing was overwritten.</source>
        <translation>Deze nota is elders gewijzigd (versie %1 werd opgeslagen na versie %2 waarvan deze wijziging uitging); er is niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="209"/>
        <source>This draft was changed elsewhere; nothing was restored.</source>
        <translation>Deze nota is elders gewijzigd; er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="215"/>
        <source>This draft was changed elsewhere; look at the new text before initialling.</source>
        <translation>Deze nota is elders gewijzigd; bekijk de nieuwe tekst voordat u parafeert.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="221"/>
        <source>Say why the nota goes back: a return needs a remark.</source>
        <translation>Zeg waarom de nota teruggaat: terugsturen vraagt om een opmerking.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="228"/>
        <source>Your database role is not cleared for this marking level; ask the administrator (notadesk admin clearance) or choose a lower level.</source>
        <translation>Uw databaserol is niet gemachtigd voor deze rubricering; vraag de beheerder erom (notadesk admin clearance) of kies een lagere rubricering.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="244"/>
        <source>The team database %1 cannot be reached; check its address and that the server is running.</source>
        <translation>De teamdatabase %1 is niet bereikbaar; controleer het adres en of de server draait.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="248"/>
        <source>The server of the team database %1 has no database role %2; an administrator creates it and gives it its rights.</source>
        <translation>De server van de teamdatabase %1 kent geen databaserol %2; een beheerder maakt die aan en geeft hem zijn rechten.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="253"/>
        <source>The server has no database %1; check the database&apos;s name.</source>
        <translation>De server heeft geen database %1; controleer de naam van de database.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="254"/>
        <source>Your database role has no rights in the team database %1; an administrator gives them (notadesk admin grant ROLE).</source>
        <translation>Uw databaserol heeft geen rechten in de teamdatabase %1; een beheerder geeft die (notadesk admin grant ROL).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="259"/>
        <source>The server of the team database %1 refused the login; check your password file, certificate or Kerberos ticket, or ask the administrator.</source>
        <translation>De server van de teamdatabase %1 weigerde de aanmelding; controleer uw wachtwoordbestand, certificaat of Kerberos-ticket, of vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="264"/>
        <source>The team database %1 was made by a newer notadesk (schema %2); update notadesk to open it.</source>
        <translation>De teamdatabase %1 is gemaakt door een nieuwere notadesk (schema %2); werk notadesk bij om hem te openen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="269"/>
        <source>The team database %1 is at schema %2 and this notadesk needs %3: an administrator backs it up with pg_dump and then runs &apos;notadesk admin upgrade&apos; as the owner of the database.</source>
        <translation>De teamdatabase %1 heeft schema %2 en deze notadesk heeft %3 nodig: een beheerder maakt een reservekopie met pg_dump en voert daarna als eigenaar van de database &apos;notadesk admin upgrade&apos; uit.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="275"/>
        <source>The team database %1 holds no notadesk schema yet and this notadesk needs %2: an administrator backs it up with pg_dump and then runs &apos;notadesk admin upgrade&apos; as the owner of the database.</source>
        <translation>De teamdatabase %1 heeft nog geen notadesk-schema en deze notadesk heeft %2 nodig: een beheerder maakt een reservekopie met pg_dump en voert daarna als eigenaar van de database &apos;notadesk admin upgrade&apos; uit.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="281"/>
        <source>The team database %1 cannot be used: %2.</source>
        <translation>De teamdatabase %1 kan niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="282"/>
        <source>The team database cannot be read: %1.</source>
        <translation>De teamdatabase kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="283"/>
        <source>The team database cannot be written: %1.</source>
        <translation>Er kan niet in de teamdatabase worden geschreven: %1.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="284"/>
        <source>The team database cannot be watched for changes: %1.</source>
        <translation>Wijzigingen in de teamdatabase kunnen niet worden gevolgd: %1.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="285"/>
        <source>The connection to the team database was lost: %1.</source>
        <translation>De verbinding met de teamdatabase is verbroken: %1.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="286"/>
        <source>The database URL holds a password; notadesk stores none: put it in the password file (~/.pgpass) or a service file, or use a certificate or Kerberos.</source>
        <translation>De database-URL bevat een wachtwoord; notadesk bewaart er geen: zet het in het wachtwoordbestand (~/.pgpass) of een servicebestand, of gebruik een certificaat of Kerberos.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="291"/>
        <source>The database must be given as a PostgreSQL URL starting with postgresql:// (without a URL notadesk uses its own database in the data folder).</source>
        <translation>Geef de database als PostgreSQL-URL die begint met postgresql:// (zonder URL gebruikt notadesk zijn eigen database in de gegevensmap).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="296"/>
        <source>The database URL cannot be read; see libpq&apos;s connection URIs for its form.</source>
        <translation>De database-URL is onleesbaar; zie de verbindings-URI&apos;s van libpq voor de vorm.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="299"/>
        <source>The database URL may hold at most 2,000 characters and no control, direction or invisible characters; type it as the administrator gave it.</source>
        <translation>De database-URL mag hoogstens 2.000 tekens bevatten en geen stuur-, richtings- of onzichtbare tekens; typ hem zoals de beheerder hem gaf.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="304"/>
        <source>The database setting %1 cannot be read; choose the database again (Edit › Database…) or remove the file.</source>
        <translation>De database-instelling %1 is onleesbaar; kies de database opnieuw (Bewerken › Database…) of verwijder het bestand.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="309"/>
        <source>The database setting %1 cannot be written: %2.</source>
        <translation>De database-instelling %1 kan niet worden opgeslagen: %2.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="310"/>
        <source>The administrator&apos;s policy %1 cannot be used (%2); nothing that needs it is done until the administrator corrects it.</source>
        <translation>Het beleid van de beheerder %1 is onbruikbaar (%2); wat het nodig heeft gebeurt pas als de beheerder het herstelt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="321"/>
        <source>The draft</source>
        <translation>De nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="322"/>
        <source>The package holds a draft that</source>
        <translation>Het pakket bevat een nota die</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="325"/>
        <source>The print</source>
        <translation>De afdruk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="359"/>
        <source>the local server</source>
        <translation>de lokale server</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="360"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/error_text.py" line="364"/>
        <source>Bijlage %1 of the draft</source>
        <translation>Bijlage %1 van de nota</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="100"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="101"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="131"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="33"/>
        <location filename="../../notadesk/gui/exchange.py" line="59"/>
        <location filename="../../notadesk/gui/exchange.py" line="134"/>
        <source>Export drafts</source>
        <translation>Concepten exporteren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="61"/>
        <source>Export the open draft only, or every draft not in the trash?</source>
        <translation>Alleen het geopende concept exporteren, of elk concept dat niet in de prullenbak staat?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="66"/>
        <source>The open draft</source>
        <translation>Het geopende concept</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="70"/>
        <source>Every draft</source>
        <translation>Elk concept</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="84"/>
        <source>The package is intact. Import it?</source>
        <translation>Het pakket is onbeschadigd. Importeren?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="142"/>
        <source>Personal data in the text? Check these places:</source>
        <translation>Persoonsgegevens in de tekst? Controleer deze plaatsen:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="144"/>
        <source>Exported.</source>
        <translation>Geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="145"/>
        <source>Export report</source>
        <translation>Exportverslag</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="47"/>
        <location filename="../../notadesk/gui/exchange.py" line="82"/>
        <location filename="../../notadesk/gui/exchange.py" line="159"/>
        <location filename="../../notadesk/gui/exchange.py" line="165"/>
        <location filename="../../notadesk/gui/exchange.py" line="174"/>
        <source>Import drafts</source>
        <translation>Concepten importeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/exchange.py" line="178"/>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="59"/>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="60"/>
        <source>Find in this nota</source>
        <translation>Zoeken in deze nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="63"/>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="64"/>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="65"/>
        <source>Match &amp;case</source>
        <translation>&amp;Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="69"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="70"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige vondst (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="72"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="73"/>
        <source>Next match (Enter)</source>
        <translation>Volgende vondst (Enter)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="74"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="75"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="78"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="79"/>
        <source>Close the find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="163"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="166"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="229"/>
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="236"/>
        <source>1 replaced</source>
        <translation>1 vervangen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/find_bar.py" line="238"/>
        <source>%1 replaced</source>
        <translation>%1 vervangen</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="32"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="33"/>
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="34"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="35"/>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="36"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="37"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="38"/>
        <source>Marking</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="62"/>
        <source>main finding</source>
        <translation>hoofdbevinding</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="62"/>
        <source>not a main finding</source>
        <translation>geen hoofdbevinding</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="240"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="271"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="271"/>
        <source>Add a finding</source>
        <translation>Een bevinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="273"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="273"/>
        <source>Remove the selected finding</source>
        <translation>De gekozen bevinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="275"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="275"/>
        <source>Move the finding up</source>
        <translation>De bevinding omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="276"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="276"/>
        <source>Move the finding down</source>
        <translation>De bevinding omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="278"/>
        <source>Renumber</source>
        <translation>Hernummeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="278"/>
        <source>Number the findings 1, 2, 3… in order</source>
        <translation>De bevindingen op volgorde nummeren: 1, 2, 3…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="294"/>
        <source>Double-click or start typing to edit a cell. Drag a row, or use Up and Down (Ctrl+Shift+Up/Down), to reorder.</source>
        <translation>Dubbelklik of begin te typen om een cel te wijzigen. Sleep een rij, of gebruik Omhoog en Omlaag (Ctrl+Shift+pijltjes), om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/findings_tab.py" line="330"/>
        <source>Comment on finding %1…</source>
        <translation>Opmerking bij bevinding %1…</translation>
    </message>
</context>
<context>
    <name>FormattingToolbar</name>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="27"/>
        <source>Choose findings</source>
        <translation>Bevindingen kiezen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="33"/>
        <source>Findings to print here:</source>
        <translation>Hier af te drukken bevindingen:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="38"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="45"/>
        <source> (main finding)</source>
        <translation> (hoofdbevinding)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="65"/>
        <source>Quote the findings&apos; text</source>
        <translation>De tekst van de bevindingen citeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="112"/>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="114"/>
        <source>Formatting</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="123"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="125"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="129"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="131"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="135"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="137"/>
        <source>Underline</source>
        <translation>Onderstrepen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="141"/>
        <source>Highlight</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="143"/>
        <source>Yellow highlight</source>
        <translation>Geel markeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="156"/>
        <source>Redact for Woo</source>
        <translation>Weglakken voor Woo</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="163"/>
        <source>Remove redaction</source>
        <translation>Weglakking opheffen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="167"/>
        <source>Redact</source>
        <translation>Lakken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="169"/>
        <source>Withhold on publication</source>
        <translation>Weglaten bij openbaarmaking</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="177"/>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="183"/>
        <source>Numbered list: 1. 2. 3., a. b. c. one level down</source>
        <translation>Genummerde lijst: 1. 2. 3., een niveau lager a. b. c.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="191"/>
        <source>Outdent (Shift+Tab)</source>
        <translation>Minder inspringen (Shift+Tab)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="197"/>
        <source>Indent (Tab)</source>
        <translation>Inspringen (Tab)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="202"/>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="255"/>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="206"/>
        <source>All findings</source>
        <translation>Alle bevindingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="209"/>
        <source>Main findings (quoted)</source>
        <translation>Hoofdbevindingen (geciteerd)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="212"/>
        <source>Chosen findings…</source>
        <translation>Gekozen bevindingen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="215"/>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="218"/>
        <source>Positions summary (in the sentence)</source>
        <translation>Samenvatting standpunten (in de zin)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="226"/>
        <source>Table…</source>
        <translation>Tabel…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="230"/>
        <source>Edit the table…</source>
        <translation>Tabel bewerken…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="242"/>
        <source>Change the findings block…</source>
        <translation>Het bevindingenblok wijzigen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/toolbar.py" line="257"/>
        <source>Insert a block from the data</source>
        <translation>Een blok uit de gegevens invoegen</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="103"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="107"/>
        <source>Revisions</source>
        <translation>Revisies</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="112"/>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="112"/>
        <source>Show the selected revision</source>
        <translation>De gekozen revisie tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="115"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="298"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="304"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="115"/>
        <source>Make the selected revision current again</source>
        <translation>De gekozen revisie weer de huidige maken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="118"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="118"/>
        <source>Show what changed between two revisions</source>
        <translation>Tonen wat er tussen twee revisies veranderde</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="121"/>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="123"/>
        <source>Save the current version with a note (e.g. &apos;naar DGPZ voor paraaf&apos;)</source>
        <translation>De huidige versie opslaan met een notitie (bijv. ‘naar DGPZ voor paraaf’)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="131"/>
        <source>Every save is kept. Select one revision to view or restore it, or two (Ctrl+click) to compare them. A restore adds a new revision; nothing is lost.</source>
        <translation>Elke opslag blijft bewaard. Kies één revisie om die te bekijken of terug te zetten, of twee (Ctrl+klik) om ze te vergelijken. Terugzetten maakt een nieuwe revisie; er gaat niets verloren.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="138"/>
        <source>Changes between revisions</source>
        <translation>Wijzigingen tussen revisies</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="165"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="166"/>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="167"/>
        <source>restored from revision %1</source>
        <translation>teruggezet uit revisie %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="168"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="169"/>
        <source>status from the paraaf route</source>
        <translation>status door de paraafroute</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="194"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="222"/>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="246"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="256"/>
        <source>Revision %1 (read-only)</source>
        <translation>Revisie %1 (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="276"/>
        <source>Changes from revision %1 to %2 (words inserted: %3, deleted: %4)</source>
        <translation>Wijzigingen van revisie %1 naar %2 (woorden ingevoegd: %3, verwijderd: %4)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="278"/>
        <source>Revisions %1 and %2 have the same content.</source>
        <translation>Revisie %1 en %2 hebben dezelfde inhoud.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/history_tab.py" line="296"/>
        <source>Restore revision %1? It becomes a new revision; the present text stays in history.</source>
        <translation>Revisie %1 terugzetten? Die wordt een nieuwe revisie; de huidige tekst blijft in de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>IdentityBar</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="32"/>
        <source>Your name and function go with every revision, comment and paraaf (account %1). Asked once; Edit › Your name and function… changes them.</source>
        <translation>Uw naam en functie gaan mee met elke revisie, opmerking en paraaf (account %1). Dit wordt één keer gevraagd; Bewerken › Uw naam en functie… wijzigt ze.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="38"/>
        <source>Name, e.g. J. de Vries</source>
        <translation>Naam, bijv. J. de Vries</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="39"/>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="67"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="41"/>
        <source>Function, e.g. beleidsmedewerker DVB</source>
        <translation>Functie, bijv. beleidsmedewerker DVB</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="42"/>
        <source>Your function</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/identity.py" line="43"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="61"/>
        <source>Why is the marking lowered?</source>
        <translation>Waarom wordt de rubricering verlaagd?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="65"/>
        <source>This change lowers the nota&apos;s protection. Say why, in at least %1 words; the audit log keeps your reason with your name, the time, and the old and new marking.</source>
        <translation>Deze wijziging verlaagt de bescherming van de nota. Zeg waarom, in minstens %1 woorden; het auditlog bewaart uw reden met uw naam, het tijdstip en de oude en nieuwe rubricering.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="75"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="76"/>
        <source>For example: the decision has been published.</source>
        <translation>Bijvoorbeeld: het besluit is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="83"/>
        <source>Lower the marking</source>
        <translation>Rubricering verlagen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="92"/>
        <source>Recorded as: %1</source>
        <translation>Vastgelegd als: %1</translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="22"/>
        <source>Classification label</source>
        <translation>Rubriceringslabel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="47"/>
        <source>Unknown level: %1</source>
        <translation>Onbekend niveau: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="59"/>
        <location filename="../../notadesk/gui/label_bar.py" line="64"/>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/label_bar.py" line="66"/>
        <source>set by %1</source>
        <translation>vastgesteld door %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="58"/>
        <source>Choose a draft on the left, or make a new one.</source>
        <translation>Kies links een concept, of maak een nieuw.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="83"/>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="133"/>
        <source>&amp;New nota</source>
        <translation>&amp;Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="136"/>
        <source>New from &amp;template…</source>
        <translation>Nieuw vanuit &amp;sjabloon…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="139"/>
        <source>&amp;Duplicate draft</source>
        <translation>Concept &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="142"/>
        <source>Save as te&amp;mplate…</source>
        <translation>Opslaan als s&amp;jabloon…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="145"/>
        <source>Open the &amp;example nota</source>
        <translation>&amp;Voorbeeldnota openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="148"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="154"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="157"/>
        <source>Move to &amp;trash</source>
        <translation>Naar de &amp;prullenbak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="161"/>
        <location filename="../../notadesk/gui/main_window.py" line="643"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="162"/>
        <location filename="../../notadesk/gui/main_window.py" line="644"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="165"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="167"/>
        <source>Find and &amp;replace…</source>
        <translation>Zoeken en &amp;vervangen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="170"/>
        <source>&amp;Search the drafts</source>
        <translation>&amp;Concepten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="173"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="176"/>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="179"/>
        <source>Your &amp;name and function…</source>
        <translation>Uw &amp;naam en functie…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="182"/>
        <source>&amp;Check before definitief…</source>
        <translation>&amp;Controle vóór definitief…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="185"/>
        <source>Show the t&amp;rash</source>
        <translation>De p&amp;rullenbak tonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="189"/>
        <source>&amp;About notadesk</source>
        <translation>&amp;Over notadesk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="191"/>
        <source>&amp;Audit log of this nota…</source>
        <translation>&amp;Auditlog van deze nota…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="194"/>
        <source>Record &amp;declassification…</source>
        <translation>&amp;Derubricering vastleggen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="197"/>
        <source>Audit log of this &amp;workstation…</source>
        <translation>Auditlog van deze &amp;werkplek…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="200"/>
        <source>Trusted &amp;keys…</source>
        <translation>Vertrouwde &amp;sleutels…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="216"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Spelling</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="221"/>
        <source>Check &amp;Dutch</source>
        <translation>&amp;Nederlands controleren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="222"/>
        <source>Check &amp;English</source>
        <translation>&amp;Engels controleren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="223"/>
        <source>&amp;Off</source>
        <translation>&amp;Uit</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="242"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="281"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="287"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Opmaak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="289"/>
        <source>&amp;Nota</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="297"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="330"/>
        <location filename="../../notadesk/gui/main_window.py" line="340"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="365"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="396"/>
        <source>New nota</source>
        <translation>Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="416"/>
        <source>New from template</source>
        <translation>Nieuw vanuit sjabloon</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="432"/>
        <source>Duplicate draft</source>
        <translation>Concept dupliceren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="450"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="455"/>
        <source>Saved as the template “%1”.</source>
        <translation>Opgeslagen als het sjabloon „%1”.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="468"/>
        <source>Example nota</source>
        <translation>Voorbeeldnota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="479"/>
        <source>Move to trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="486"/>
        <source>Moved to the trash.</source>
        <translation>Naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="493"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="513"/>
        <source>Record declassification</source>
        <translation>Derubricering vastleggen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="534"/>
        <source>Declassification recorded (%1).</source>
        <translation>Derubricering vastgelegd (%1).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="643"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="644"/>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="681"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="702"/>
        <source>All changes saved (%1)</source>
        <translation>Alle wijzigingen opgeslagen (%1)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="705"/>
        <source>Not saved — see the message</source>
        <translation>Niet opgeslagen — zie de melding</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="707"/>
        <source>Unsaved changes…</source>
        <translation>Niet-opgeslagen wijzigingen…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="729"/>
        <source>Colleagues&apos; saves are no longer shown as they happen: %1</source>
        <translation>Wat collega&apos;s opslaan wordt niet meer direct getoond: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="751"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="779"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/main_window.py" line="780"/>
        <source>The last edits could not be saved. Quit anyway and lose them?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen. Toch afsluiten en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../notadesk/gui/widgets.py" line="46"/>
        <source>%1 is set</source>
        <translation>%1 is ingevuld</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/widgets.py" line="47"/>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation>Aanvinken om een datum in te vullen; uitvinken om hem leeg te laten</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../notadesk/gui/richtext/paste.py" line="37"/>
        <location filename="../../notadesk/gui/richtext/paste.py" line="55"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/paste.py" line="52"/>
        <source>Paste from a Word document</source>
        <translation>Plakken uit een Word-document</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="320"/>
        <source>Personal data in the text?</source>
        <translation>Persoonsgegevens in de tekst?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="324"/>
        <source>The text seems to hold personal data. Check each place (double-click to go there); redact what must not go out, or go on if it is meant to be there.</source>
        <translation>De tekst lijkt persoonsgegevens te bevatten. Controleer elke plaats (dubbelklik om erheen te gaan); lak weg wat niet naar buiten mag, of ga door als het er hoort te staan.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="330"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="339"/>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>PortionControl</name>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="87"/>
        <source>Portion &amp;marking</source>
        <translation>&amp;Rubricering van een gedeelte</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="91"/>
        <source>Portion marking at the cursor</source>
        <translation>Rubricering van het gedeelte bij de cursor</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="122"/>
        <source>Portion: %1 (the nota&apos;s)</source>
        <translation>Gedeelte: %1 (die van de nota)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="125"/>
        <source>Portion: %1</source>
        <translation>Gedeelte: %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="134"/>
        <source>The nota&apos;s marking (%1)</source>
        <translation>De rubricering van de nota (%1)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="147"/>
        <source>Put the cursor in a paragraph, list item or table of the text</source>
        <translation>Zet de cursor in een alinea, opsommingspunt of tabel van de tekst</translation>
    </message>
</context>
<context>
    <name>Portions</name>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="118"/>
        <source>A portion is marked higher than the nota</source>
        <translation>Een onderdeel is hoger gerubriceerd dan de nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="121"/>
        <source>A part of the nota is marked {portion}, above the nota&apos;s marking {marking}.</source>
        <translation>Een onderdeel van de nota is gerubriceerd als {portion}, hoger dan de rubricering van de nota ({marking}).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="129"/>
        <source>Raise the nota&apos;s marking to {level}?</source>
        <translation>De rubricering van de nota verhogen naar {level}?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/editor.py" line="134"/>
        <source>Raise the marking</source>
        <translation>Rubricering verhogen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/portions.py" line="73"/>
        <source>%1 (the nota&apos;s)</source>
        <translation>%1 (die van de nota)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="15"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="17"/>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="18"/>
        <source>As the system (%1)</source>
        <translation>Als het systeem (%1)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="23"/>
        <source>Reference prefix</source>
        <translation>Voorvoegsel van de referentie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="24"/>
        <source>The nota itself always keeps its Dutch labels.</source>
        <translation>De nota zelf houdt altijd haar Nederlandse kopjes.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="28"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/preferences.py" line="30"/>
        <source>&amp;Reference prefix:</source>
        <translation>&amp;Voorvoegsel referentie:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="146"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="153"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="154"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="158"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="159"/>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="166"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="169"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="172"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="173"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Aanpassen aan de paginabreedte (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="176"/>
        <location filename="../../notadesk/gui/preview.py" line="185"/>
        <source>Woo publication variant</source>
        <translation>Woo-publicatieversie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="179"/>
        <source>Show the nota as it would be published under the Woo, with redactions</source>
        <translation>De nota tonen zoals die onder de Woo zou worden gepubliceerd, met weglakkingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="304"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="331"/>
        <source>The preview could not be made.</source>
        <translation>Het voorbeeld kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="335"/>
        <source>Not up to date: </source>
        <translation>Niet bijgewerkt: </translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/preview.py" line="400"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="70"/>
        <source>The Woo variant of a %1 nota is made only after a recorded declassification decision: record it first with Nota › Record declassification….</source>
        <translation>De Woo-versie van een nota met rubricering %1 wordt pas gemaakt na een vastgelegd derubriceringsbesluit: leg het eerst vast met Nota › Derubricering vastleggen….</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="96"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="97"/>
        <source>Woo publication variant, PDF (*.pdf)</source>
        <translation>Woo-publicatieversie, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="103"/>
        <location filename="../../notadesk/gui/printing.py" line="113"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="151"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="154"/>
        <source>Print the Woo publication variant</source>
        <translation>De Woo-publicatieversie afdrukken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="158"/>
        <source>Each copy gets its own copy number and is entered in the copy register.</source>
        <translation>Elk exemplaar krijgt een eigen exemplaarnummer en wordt in het exemplarenregister opgenomen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="163"/>
        <source>Copies are printed without copy numbers.</source>
        <translation>Exemplaren worden zonder exemplaarnummer afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="176"/>
        <source>Print nota</source>
        <translation>Nota afdrukken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="191"/>
        <location filename="../../notadesk/gui/printing.py" line="336"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="211"/>
        <source>At most %1 copies can be printed at once.</source>
        <translation>Er kunnen ten hoogste %1 exemplaren tegelijk worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/printing.py" line="260"/>
        <source>The copy register keeps the entries of this print; the audit log says it did not reach the printer.</source>
        <translation>Het afschriftenregister houdt de regels van deze afdruk; het auditlog vermeldt dat de afdruk de printer niet bereikte.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="19"/>
        <source>The subject is empty.</source>
        <translation>Het onderwerp is leeg.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="20"/>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation>Het onderwerp is {length} tekens lang; er passen er hoogstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="23"/>
        <source>Aan names nobody.</source>
        <translation>Bij Aan staat niemand.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="24"/>
        <source>A name of {length} characters is too long; at most {limit} fit.</source>
        <translation>Een naam van {length} tekens is te lang; er passen er hoogstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="27"/>
        <source>The type line is not set.</source>
        <translation>Het soort nota (typeregel) is niet gekozen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="28"/>
        <source>The date (Datum) is not set.</source>
        <translation>De datum is niet ingevuld.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="29"/>
        <source>The nota has no sections.</source>
        <translation>De nota heeft geen onderdelen.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="30"/>
        <source>Commitment {number} answers no finding.</source>
        <translation>Toezegging {number} hoort bij geen enkele bevinding.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="31"/>
        <source>Commitment {number} is linked to a finding that no longer exists.</source>
        <translation>Toezegging {number} hoort bij een bevinding die niet meer bestaat.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="34"/>
        <source>Finding number {number} is used twice.</source>
        <translation>Bevindingnummer {number} komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="35"/>
        <source>The findings are not numbered 1 to {count} without gaps ({missing} missing).</source>
        <translation>De bevindingen zijn niet zonder gaten genummerd van 1 tot en met {count} ({missing} ontbreekt).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="38"/>
        <source>The findings are not numbered 1 to {count} without gaps.</source>
        <translation>De bevindingen zijn niet zonder gaten genummerd van 1 tot en met {count}.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="41"/>
        <source>The classification level is not known here.</source>
        <translation>Dit rubriceringsniveau is op dit werkstation niet bekend.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="42"/>
        <source>Nobody has set the classification: fill in “Set by”.</source>
        <translation>Niemand heeft de rubricering vastgesteld: vul „Vastgesteld door” in.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="43"/>
        <source>The classification has no duration: set an end date or an end event.</source>
        <translation>De rubricering heeft geen looptijd: kies een einddatum of een eindgebeurtenis.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="46"/>
        <source>The classification ends on {date}, today or in the past: choose a later date.</source>
        <translation>De rubricering eindigt op {date}, vandaag of in het verleden: kies een latere datum.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="50"/>
        <source>A nota cannot go from {old} to {new}.</source>
        <translation>Een nota kan niet van {old} naar {new} gaan.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="51"/>
        <source>The paraaf route has steps still open: {steps}. The nota becomes definitief once each has initialled this version.</source>
        <translation>De paraafroute heeft nog open stappen: {steps}. De nota wordt definitief zodra ieder deze versie heeft geparafeerd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/problems.py" line="56"/>
        <source>No font of the print has these characters; they would print as {placeholder}: {characters}.</source>
        <translation>Geen lettertype van de afdruk heeft deze tekens; ze zouden als {placeholder} worden afgedrukt: {characters}.</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="21"/>
        <source>Before the nota can be %1</source>
        <translation>Voordat de nota %1 kan worden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="29"/>
        <source>The nota cannot become %1 yet. Put these right first; double-click a problem (or press Enter) to go to its field.</source>
        <translation>De nota kan nog niet %1 worden. Herstel eerst deze punten; dubbelklik op een punt (of druk op Enter) om naar het veld te gaan.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="35"/>
        <source>Nothing is missing: the nota can become %1.</source>
        <translation>Er ontbreekt niets: de nota kan %1 worden.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="38"/>
        <source>Problems</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/readiness.py" line="54"/>
        <source>&amp;Go to field</source>
        <translation>&amp;Naar het veld</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="41"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="48"/>
        <source>Add reviewer</source>
        <translation>Aan de route toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="42"/>
        <source>Name or unit:</source>
        <translation>Naam of eenheid:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="49"/>
        <source>Function (optional):</source>
        <translation>Functie (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="58"/>
        <source>Finding %1</source>
        <translation>Bevinding %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="59"/>
        <source>A deleted finding</source>
        <translation>Een verwijderde bevinding</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="63"/>
        <source>Commitment %1</source>
        <translation>Toezegging %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="64"/>
        <source>A deleted commitment</source>
        <translation>Een verwijderde toezegging</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="69"/>
        <source>The whole nota</source>
        <translation>De hele nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="77"/>
        <source>its passage is gone</source>
        <translation>de passage is verdwenen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="79"/>
        <source>resolved</source>
        <translation>afgehandeld</translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <location filename="../../notadesk/gui/richtext/formats.py" line="108"/>
        <source>unknown ground</source>
        <translation>onbekende grond</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/formats.py" line="109"/>
        <source>Redacted for Woo publication</source>
        <translation>Weggelakt voor Woo-openbaarmaking</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="602"/>
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="607"/>
        <source>Add “%1” to this workstation’s dictionary</source>
        <translation>„%1” toevoegen aan het woordenboek van deze werkplek</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="671"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="321"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="322"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="323"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="324"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="325"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="330"/>
        <source>Paraaf route</source>
        <translation>Paraafroute</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="334"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="442"/>
        <source>Initial</source>
        <translation>Paraferen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="334"/>
        <source>Give your paraaf on this version</source>
        <translation>Uw paraaf op deze versie zetten</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="337"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="442"/>
        <source>Return with remarks</source>
        <translation>Terug met opmerkingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="337"/>
        <source>Send the nota back</source>
        <translation>De nota terugsturen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="340"/>
        <source>Add reviewer</source>
        <translation>Aan de route toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="340"/>
        <source>Add a reviewer after the Via names</source>
        <translation>Iemand na de namen onder Via aan de route toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="343"/>
        <source>Remove reviewer</source>
        <translation>Van de route halen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="343"/>
        <source>Remove an added reviewer</source>
        <translation>Een toegevoegde naam van de route halen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="361"/>
        <source>to initial</source>
        <translation>nog te paraferen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="362"/>
        <source>initialled</source>
        <translation>geparafeerd</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="363"/>
        <source>initialled an earlier version</source>
        <translation>paraaf op een eerdere versie</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="364"/>
        <source>returned with remarks</source>
        <translation>terug met opmerkingen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="392"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="453"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="475"/>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="490"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="400"/>
        <source>%1, revision %2</source>
        <translation>%1, revisie %2</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="421"/>
        <source>The route is empty: add Via names on the Details tab, or a reviewer.</source>
        <translation>De route is leeg: vul Via in op het tabblad Gegevens, of voeg iemand aan de route toe.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="424"/>
        <source>Every step has initialled this version.</source>
        <translation>Iedereen op de route heeft deze versie geparafeerd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="427"/>
        <source>Steps still to initial this version: %1 of %2.</source>
        <translation>Parafen op deze versie nog open: %1 van %2.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="443"/>
        <source>Remark (optional):</source>
        <translation>Opmerking (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="445"/>
        <source>Why does the nota go back?</source>
        <translation>Waarom gaat de nota terug?</translation>
    </message>
</context>
<context>
    <name>RoutingListEditor</name>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <source>Name or unit</source>
        <translation>Naam of eenheid</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <source>Personal</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="24"/>
        <location filename="../../notadesk/gui/editor/routing.py" line="75"/>
        <source>Woo ground</source>
        <translation>Woo-grond</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="43"/>
        <source>Add a name to %1</source>
        <translation>Een naam toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="44"/>
        <source>Remove the name from %1</source>
        <translation>De naam verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="45"/>
        <source>Move the name up in %1</source>
        <translation>De naam omhoog verplaatsen in %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="46"/>
        <source>Move the name down in %1</source>
        <translation>De naam omlaag verplaatsen in %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="76"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/routing.py" line="79"/>
        <source>The personal-data ground 5.1.2e</source>
        <translation>De grond voor persoonsgegevens, 5.1.2e</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="78"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="83"/>
        <source>Table cells</source>
        <translation>Tabelcellen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="98"/>
        <source>Header rows</source>
        <translation>Kopregels</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="100"/>
        <source>Header rows print bold and repeat at the top of every page the table spans</source>
        <translation>Kopregels worden vet afgedrukt en herhaald boven aan elke pagina waarover de tabel doorloopt</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="104"/>
        <source>Add &amp;row</source>
        <translation>&amp;Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="105"/>
        <source>Remove r&amp;ow</source>
        <translation>Rij &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="106"/>
        <source>Add &amp;column</source>
        <translation>&amp;Kolom toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="107"/>
        <source>Remove co&amp;lumn</source>
        <translation>K&amp;olom verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/table_dialog.py" line="122"/>
        <source>&amp;Header rows:</source>
        <translation>&amp;Kopregels:</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="20"/>
        <source>New nota from a template</source>
        <translation>Nieuwe nota vanuit een sjabloon</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="23"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="26"/>
        <source>this workstation</source>
        <translation>deze werkplek</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="37"/>
        <source>A template gives the new nota its sections and routing; the text is yours.</source>
        <translation>Een sjabloon geeft de nieuwe nota zijn onderdelen en routing; de tekst schrijft u zelf.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="77"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/templates.py" line="78"/>
        <source>Name of the template (its sections and routing are kept):</source>
        <translation>Naam van het sjabloon (de onderdelen en de routing worden bewaard):</translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="58"/>
        <source>Remove section</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="59"/>
        <source>Remove the section “%1” and everything in it?</source>
        <translation>Het onderdeel “%1” met alles erin verwijderen?</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="267"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="319"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="269"/>
        <source>Sections and sub-sections; double-click to rename, drag to reorder</source>
        <translation>Onderdelen en subonderdelen; dubbelklik om de naam te wijzigen, sleep om te verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="283"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="284"/>
        <source>Add a section</source>
        <translation>Een onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="288"/>
        <source>Sub-section</source>
        <translation>Subonderdeel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="289"/>
        <source>Add a sub-section</source>
        <translation>Een subonderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="293"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="294"/>
        <source>Rename the section (F2)</source>
        <translation>De naam van het onderdeel wijzigen (F2)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="298"/>
        <source>Move the section up (Ctrl+Shift+Up)</source>
        <translation>Het onderdeel omhoog verplaatsen (Ctrl+Shift+pijl omhoog)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="303"/>
        <source>Move the section down (Ctrl+Shift+Down)</source>
        <translation>Het onderdeel omlaag verplaatsen (Ctrl+Shift+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="307"/>
        <source>Remove the section</source>
        <translation>Het onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="371"/>
        <source>The text</source>
        <translation>De tekst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="647"/>
        <source>Section text</source>
        <translation>Tekst van het onderdeel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="1044"/>
        <source>The whole nota is selected: Copy takes it all; to change text, click in a section first (edits act within one section).</source>
        <translation>De hele nota is geselecteerd: Kopiëren neemt alles mee; klik eerst in een onderdeel om tekst te wijzigen (een bewerking geldt binnen één onderdeel).</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="552"/>
        <source>Typing</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="554"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="354"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="847"/>
        <source>No section: add one on the left.</source>
        <translation>Geen onderdeel: voeg er links een toe.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="704"/>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="863"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="907"/>
        <source>New sub-section</source>
        <translation>Nieuw subonderdeel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="909"/>
        <source>New section</source>
        <translation>Nieuw onderdeel</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <location filename="../../notadesk/gui/editor/review_panel.py" line="115"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
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
        <translation>Vertrouwde sleutels</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="202"/>
        <source>Packages signed by these keys are trusted here. Compare a key&apos;s fingerprint with its workstation (by phone or on paper) before you add it.</source>
        <translation>Pakketten die met deze sleutels zijn ondertekend, worden hier vertrouwd. Vergelijk de vingerafdruk van een sleutel met die op de werkplek zelf (telefonisch of op papier) voordat u hem toevoegt.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="210"/>
        <source>Trusted by</source>
        <translation>Vertrouwd via</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="218"/>
        <source>&amp;Add from file…</source>
        <translation>&amp;Toevoegen uit bestand…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="221"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="224"/>
        <source>&amp;Save this workstation&apos;s key…</source>
        <translation>Sleutel van deze werkplek &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="246"/>
        <source>this workstation</source>
        <translation>deze werkplek</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="247"/>
        <source>the administrator&apos;s policy</source>
        <translation>het beleid van de beheerder</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="248"/>
        <source>the trust list</source>
        <translation>de vertrouwenslijst</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="268"/>
        <source>Public-key file</source>
        <translation>Bestand met publieke sleutel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="268"/>
        <source>Public keys (*.json)</source>
        <translation>Publieke sleutels (*.json)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="291"/>
        <source>Only keys on the trust list can be removed here.</source>
        <translation>Alleen sleutels op de vertrouwenslijst kunnen hier worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="303"/>
        <source>Save the key in</source>
        <translation>Sleutel opslaan in</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="409"/>
        <source>Add finding</source>
        <translation>Bevinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="410"/>
        <source>Remove finding %1</source>
        <translation>Bevinding %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="411"/>
        <source>Move finding</source>
        <translation>Bevinding verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="412"/>
        <source>Edit findings</source>
        <translation>Bevindingen bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="413"/>
        <source>Edit finding %1</source>
        <translation>Bevinding %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="414"/>
        <source>Add commitment</source>
        <translation>Toezegging toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="415"/>
        <source>Remove commitment %1</source>
        <translation>Toezegging %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="416"/>
        <source>Move commitment</source>
        <translation>Toezegging verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="417"/>
        <source>Edit commitments</source>
        <translation>Toezeggingen bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="418"/>
        <source>Edit commitment %1</source>
        <translation>Toezegging %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="419"/>
        <source>Add attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="420"/>
        <source>Remove attachment %1</source>
        <translation>Bijlage %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="421"/>
        <source>Move attachment</source>
        <translation>Bijlage verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="422"/>
        <source>Edit attachments</source>
        <translation>Bijlagen bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="423"/>
        <source>Edit attachment %1</source>
        <translation>Bijlage %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="424"/>
        <source>Change type</source>
        <translation>Typeregel wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="425"/>
        <source>Edit subject</source>
        <translation>Onderwerp bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="426"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="427"/>
        <source>Change date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="428"/>
        <source>Edit reference</source>
        <translation>Referentie bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="429"/>
        <source>Change deadline</source>
        <translation>Termijn wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="430"/>
        <source>Edit drafted by</source>
        <translation>Opgesteld door bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="431"/>
        <source>Change classification</source>
        <translation>Rubricering wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="432"/>
        <source>Edit classification</source>
        <translation>Rubricering bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="433"/>
        <source>Add a name to %1</source>
        <translation>Naam toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="434"/>
        <source>Remove a name from %1</source>
        <translation>Naam verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="435"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="436"/>
        <source>Edit details</source>
        <translation>Gegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="437"/>
        <source>Renumber findings</source>
        <translation>Bevindingen hernummeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="438"/>
        <source>Edit finding groups</source>
        <translation>Groepen van bevindingen bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="439"/>
        <source>Add section</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="440"/>
        <source>Remove section “%1”</source>
        <translation>Onderdeel “%1” verwijderen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="441"/>
        <source>Rename section</source>
        <translation>Naam van onderdeel wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/undo.py" line="442"/>
        <source>Move section</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/editor/text_tab.py" line="502"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="382"/>
        <source>Insert table</source>
        <translation>Tabel invoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="384"/>
        <source>Insert data block</source>
        <translation>Gegevensblok invoegen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="456"/>
        <source>Edit table</source>
        <translation>Tabel bewerken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="458"/>
        <source>Change data block</source>
        <translation>Gegevensblok wijzigen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/richtext/editor.py" line="659"/>
        <source>Correct spelling</source>
        <translation>Spelling verbeteren</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="17"/>
        <source>Welcome to notadesk</source>
        <translation>Welkom bij notadesk</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="24"/>
        <source>There are no drafts yet. Start a new nota, or open the published example nota (Min-BuZa.2022.240) to see how a finished one looks.</source>
        <translation>Er zijn nog geen concepten. Begin een nieuwe nota, of open de gepubliceerde voorbeeldnota (Min-BuZa.2022.240) om te zien hoe een afgeronde nota eruitziet.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="30"/>
        <source>&amp;New nota</source>
        <translation>&amp;Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/dialogs/welcome.py" line="32"/>
        <source>Open the &amp;example nota</source>
        <translation>&amp;Voorbeeldnota openen</translation>
    </message>
</context>
<context>
    <name>WordActions</name>
    <message>
        <location filename="../../notadesk/gui/word.py" line="31"/>
        <source>Images and drawings: not imported</source>
        <translation>Afbeeldingen en tekeningen: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="34"/>
        <source>Text boxes and the text in them: not imported</source>
        <translation>Tekstvakken en de tekst erin: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="37"/>
        <source>Embedded objects and charts: not imported</source>
        <translation>Ingesloten objecten en grafieken: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="40"/>
        <source>Equations: not imported</source>
        <translation>Vergelijkingen: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="41"/>
        <source>Comments: not imported</source>
        <translation>Opmerkingen: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="42"/>
        <source>Characters in a symbol font: not imported</source>
        <translation>Tekens in een symboollettertype: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="45"/>
        <source>Hidden text: not imported</source>
        <translation>Verborgen tekst: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="46"/>
        <source>Table of contents: not imported (the sections are the contents)</source>
        <translation>Inhoudsopgave: niet overgenomen (de secties zijn de inhoud)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="49"/>
        <source>Tracked changes not accepted: imported as if accepted (insertions kept, deletions left out)</source>
        <translation>Niet geaccepteerde wijzigingen: overgenomen alsof ze geaccepteerd zijn (invoegingen staan erin, verwijderingen niet)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="54"/>
        <source>Fields (dates, page numbers, references): imported as the text they showed</source>
        <translation>Velden (datums, paginanummers, verwijzingen): overgenomen als de tekst die ze toonden</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="58"/>
        <source>Footnotes: imported as text in place, in square brackets</source>
        <translation>Voetnoten: overgenomen als tekst op hun plaats, tussen vierkante haken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="61"/>
        <source>Footnotes: imported as text at the end</source>
        <translation>Voetnoten: overgenomen als tekst aan het eind</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="64"/>
        <source>Links: imported as their text, without the address</source>
        <translation>Koppelingen: overgenomen als hun tekst, zonder het adres</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="67"/>
        <source>Merged table cells: split, the text stays in the first cell</source>
        <translation>Samengevoegde tabelcellen: gesplitst, de tekst staat in de eerste cel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="70"/>
        <source>Tables inside table cells: imported as paragraphs in the cell</source>
        <translation>Tabellen in tabelcellen: overgenomen als alinea&apos;s in de cel</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="73"/>
        <source>Lists inside table cells: imported as paragraphs</source>
        <translation>Opsommingen in tabelcellen: overgenomen als alinea&apos;s</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="76"/>
        <source>List levels deeper than 3: imported at level 3</source>
        <translation>Opsommingsniveaus dieper dan 3: overgenomen op niveau 3</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="79"/>
        <source>Heading levels deeper than 3: imported as level 3</source>
        <translation>Kopniveaus dieper dan 3: overgenomen als niveau 3</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="82"/>
        <source>Headings: pasted as bold paragraphs (import the document for sections)</source>
        <translation>Koppen: geplakt als vette alinea&apos;s (importeer het document voor secties)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="87"/>
        <source>Other elements: not imported</source>
        <translation>Andere onderdelen: niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="94"/>
        <source>Sections: %1, paragraphs: %2, list items: %3, tables: %4.</source>
        <translation>Secties: %1, alinea&apos;s: %2, opsommingspunten: %3, tabellen: %4.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="107"/>
        <source>The document is marked %1; a new draft takes that marking.</source>
        <translation>Het document is gerubriceerd als %1; een nieuw concept krijgt die rubricering.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="121"/>
        <location filename="../../notadesk/gui/word.py" line="173"/>
        <location filename="../../notadesk/gui/word.py" line="276"/>
        <location filename="../../notadesk/gui/word.py" line="318"/>
        <location filename="../../notadesk/gui/word.py" line="343"/>
        <source>Import Word document</source>
        <translation>Word-document importeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="123"/>
        <location filename="../../notadesk/gui/word.py" line="130"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="131"/>
        <source>Woo publication variant, Word document (*.docx)</source>
        <translation>Woo-publicatieversie, Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="136"/>
        <location filename="../../notadesk/gui/word.py" line="409"/>
        <location filename="../../notadesk/gui/word.py" line="413"/>
        <source>Export as Word document</source>
        <translation>Exporteren als Word-document</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="178"/>
        <source>What comes over from %1:</source>
        <translation>Wat er overkomt uit %1:</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="197"/>
        <source>Everything comes over as it is.</source>
        <translation>Alles komt over zoals het is.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="205"/>
        <source>Where the text goes</source>
        <translation>Waar de tekst heen gaat</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="209"/>
        <source>A new draft</source>
        <translation>Een nieuw concept</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="212"/>
        <source>New sections at the end of “%1”</source>
        <translation>Nieuwe secties aan het eind van “%1”</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="217"/>
        <source>Into the section “%1”, its headings as sub-sections</source>
        <translation>In de sectie “%1”, de koppen als subsecties</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="229"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="253"/>
        <source>Import &amp;Word document…</source>
        <translation>&amp;Word-document importeren…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="256"/>
        <source>Export as W&amp;ord document…</source>
        <translation>Exporteren als W&amp;ord-document…</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="323"/>
        <source>Imported as a new draft.</source>
        <translation>Geïmporteerd als nieuw concept.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="351"/>
        <source>Imported into this draft. Edit › Undo takes the import back.</source>
        <translation>Geïmporteerd in dit concept. Bewerken › Ongedaan maken draait de import terug.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="379"/>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="388"/>
        <source>The import was taken back.</source>
        <translation>De import is teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../notadesk/gui/word.py" line="418"/>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../notadesk/gui/operations.py" line="38"/>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Er ging iets onverwachts mis; de details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../notadesk/gui/trust.py" line="385"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
</context>
</TS>
