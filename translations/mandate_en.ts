<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n systems</source>
        <translation>
            <numerusform>Delete %n system</numerusform>
            <numerusform>Delete %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::AuditLogDock</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries, last hash %1.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln entry, last hash %1.</numerusform>
            <numerusform>The audit log is intact: %Ln entries, last hash %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mandate::EditActions</name>
    <message numerus="yes">
        <source>&amp;Delete %n systems...</source>
        <translation>
            <numerusform>&amp;Delete %n system...</numerusform>
            <numerusform>&amp;Delete %n systems...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n systems and their privileges? You can undo this.</source>
        <translation>
            <numerusform>Delete %n system and its privileges? You can undo this.</numerusform>
            <numerusform>Delete %n systems and their privileges? You can undo this.</numerusform>
        </translation>
    </message>
</context>
</TS>
