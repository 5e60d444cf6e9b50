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
    <name>LessonPlayer</name>
    <message numerus="yes">
        <source>Not done yet: %n step(s): {steps}</source>
        <translation>
            <numerusform>Not done yet: %n step: {steps}</numerusform>
            <numerusform>Not done yet: %n steps: {steps}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train on {task} (%n epochs)</source>
        <translation>
            <numerusform>Train on {task} (%n epoch)</numerusform>
            <numerusform>Train on {task} (%n epochs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} … {last} (%n numbers)</source>
        <translation>
            <numerusform>{first} … {last} (%n number)</numerusform>
            <numerusform>{first} … {last} (%n numbers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numbers, e.g. {example}</source>
        <translation>
            <numerusform>%n number, e.g. {example}</numerusform>
            <numerusform>%n numbers, e.g. {example}</numerusform>
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
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
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
