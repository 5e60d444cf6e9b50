<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message numerus="yes">
        <source>a number to %n decimals</source>
        <translation>
            <numerusform>a number to %n decimal</numerusform>
            <numerusform>a number to %n decimals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatePlots</name>
    <message numerus="yes">
        <source>%n units, one line each</source>
        <translation>
            <numerusform>%n unit, one line</numerusform>
            <numerusform>%n units, one line each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n tokens</source>
        <translation>
            <numerusform>at most %n token</numerusform>
            <numerusform>at most %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tokens are at most %n characters long</source>
        <translation>
            <numerusform>tokens are at most %n character long</numerusform>
            <numerusform>tokens are at most %n characters long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message numerus="yes">
        <source>drag to move through %n snapshots</source>
        <translation>
            <numerusform>drag to move through %n snapshot</numerusform>
            <numerusform>drag to move through %n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… and %n more (hover to read it)</numerusform>
            <numerusform>… and %n more (hover to read them all)</numerusform>
        </translation>
    </message>
</context>
</TS>
