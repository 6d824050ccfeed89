<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent but no answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</source>
        <translation>The request was sent but no answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</translation>
    </message>
    <message>
        <source>Could not reach the Cube server (%1).</source>
        <translation>Could not reach the Cube server (%1).</translation>
    </message>
    <message>
        <source>The Cube server did not answer in time.</source>
        <translation>The Cube server did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to the Cube server failed: %1.</source>
        <translation>The secure connection to the Cube server failed: %1.</translation>
    </message>
    <message>
        <source>The Cube server answered with HTTP status %1.</source>
        <translation>The Cube server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The Cube server refused the request (code %1).</source>
        <translation>The Cube server refused the request (code %1).</translation>
    </message>
    <message>
        <source>The Cube server refused the request: %1 (code %2).</source>
        <translation>The Cube server refused the request: %1 (code %2).</translation>
    </message>
    <message>
        <source>The Cube server&apos;s answer could not be read: %1.</source>
        <translation>The Cube server&apos;s answer could not be read: %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>Check the network connection and the profile&apos;s base URL, then try again.</source>
        <translation>Check the network connection and the profile&apos;s base URL, then try again.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, raise the profile&apos;s time-out.</source>
        <translation>Try again; if it keeps happening, raise the profile&apos;s time-out.</translation>
    </message>
    <message>
        <source>Check the base URL and, for a private gateway, the profile&apos;s CA bundle.</source>
        <translation>Check the base URL and, for a private gateway, the profile&apos;s CA bundle.</translation>
    </message>
    <message>
        <source>The server is limiting requests; wait a moment and try again.</source>
        <translation>The server is limiting requests; wait a moment and try again.</translation>
    </message>
    <message>
        <source>The profile&apos;s base URL or this operation&apos;s path may be wrong.</source>
        <translation>The profile&apos;s base URL or this operation&apos;s path may be wrong.</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>The server has a problem; try again later.</translation>
    </message>
    <message>
        <source>Check that the base URL points to a Cube API server.</source>
        <translation>Check that the base URL points to a Cube API server.</translation>
    </message>
</context>
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
        <source>Language of the interface and of the server&apos;s messages: zh-CN or en-US.</source>
        <translation>Language of the interface and of the server&apos;s messages: zh-CN or en-US.</translation>
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
        <source>Unknown language &quot;%1&quot;: use zh-CN or en-US.</source>
        <translation>Unknown language &quot;%1&quot;: use zh-CN or en-US.</translation>
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
    <name>cube::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::CubeClient</name>
    <message>
        <source>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</source>
        <translation>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</translation>
    </message>
    <message>
        <source>no SIM cards were given.</source>
        <translation>no SIM cards were given.</translation>
    </message>
    <message>
        <source>the order code is empty.</source>
        <translation>the order code is empty.</translation>
    </message>
    <message>
        <source>renew for at least one period.</source>
        <translation>renew for at least one period.</translation>
    </message>
    <message>
        <source>a reason for ending the order early is required.</source>
        <translation>a reason for ending the order early is required.</translation>
    </message>
    <message numerus="yes">
        <source>the reason is longer than %n character(s).</source>
        <translation>
            <numerusform>the reason is longer than %n character.</numerusform>
            <numerusform>the reason is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>device type %1 does not exist; use 1 to 5.</source>
        <translation>device type %1 does not exist; use 1 to 5.</translation>
    </message>
    <message>
        <source>the message is empty.</source>
        <translation>the message is empty.</translation>
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
