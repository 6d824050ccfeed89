<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Cube Console: SIM cards, data usage and data-plan orders of a Linksfield Cube account.</source>
        <translation>Cube Console: SIM cards, data usage and data-plan orders of a Linksfield Cube account.</translation>
    </message>
    <message>
        <source>Start the built-in Cube simulator and connect to its demo account.</source>
        <translation>Start the built-in Cube simulator and connect to its demo account.</translation>
    </message>
    <message>
        <source>Language of the interface and of the server's messages: zh-CN or en-US.</source>
        <translation>Language of the interface and of the server's messages: zh-CN or en-US.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Run with --help to see the options.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh-CN or en-US.</source>
        <translation>Unknown language "%1": use zh-CN or en-US.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube Console</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>SIM cards, orders and plans will appear here.</source>
        <translation>SIM cards, orders and plans will appear here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Cube Console</source>
        <translation>&amp;About Cube Console</translation>
    </message>
</context>
<context>
    <name>cube::MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube Console</translation>
    </message>
    <message>
        <source>The built-in Cube simulator could not start: no free port on 127.0.0.1.</source>
        <translation>The built-in Cube simulator could not start: no free port on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo simulator at %1 (account %2)</source>
        <translation>Demo simulator at %1 (account %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>About Cube Console</source>
        <translation>About Cube Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cube Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds the SIM cards of a Linksfield Cube account, shows their state, usage and data-plan orders, and acts on those orders.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cube Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds the SIM cards of a Linksfield Cube account, shows their state, usage and data-plan orders, and acts on those orders.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cube::SecretStore</name>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>The secret is in the keychain.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet. Enter the secret issued with the access code.</source>
        <translation>No secret is stored for this profile yet. Enter the secret issued with the access code.</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start gnome-keyring or KWallet, then try again.</source>
        <translation>No keychain service is available. On Linux, install and start gnome-keyring or KWallet, then try again.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked. Unlock your keyring (for example by logging in again) and try again.</source>
        <translation>The keychain refused access; it may be locked. Unlock your keyring (for example by logging in again) and try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that your keyring works, then try again.</source>
        <translation>The keychain reported an error. Check that your keyring works, then try again.</translation>
    </message>
</context>
</TS>
