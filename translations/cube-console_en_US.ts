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
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh-CN or en-US.</source>
        <translation>Unknown language &quot;%1&quot;: use zh-CN or en-US.</translation>
    </message>
</context>
<context>
    <name>EndOrderEarlyDialog</name>
    <message>
        <source>End order early</source>
        <translation>End order early</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order code:</source>
        <translation>Order code:</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Remaining data:</source>
        <translation>Remaining data:</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Device type:</source>
        <translation>&amp;Device type:</translation>
    </message>
    <message>
        <source>Ending an order early cannot be undone: the plan stops now, and its remaining data and days are lost.</source>
        <translation>Ending an order early cannot be undone: the plan stops now, and its remaining data and days are lost.</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>I &amp;understand that this cannot be undone</translation>
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
    <message>
        <source>&amp;SIM cards</source>
        <translation>&amp;SIM cards</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>Double-click a failed action to read its whole message.</source>
        <translation>Double-click a failed action to read its whole message.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Export SIM cards as CSV…</source>
        <translation>&amp;Export SIM cards as CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Select pasted ICCIDs</source>
        <translation>&amp;Select pasted ICCIDs</translation>
    </message>
    <message>
        <source>&amp;Find SIM card</source>
        <translation>&amp;Find SIM card</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>OrderPlanDialog</name>
    <message>
        <source>Order a plan</source>
        <translation>Order a plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>P&amp;eriods:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Amount paid:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>Pa&amp;yment:</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>Pai&amp;d</translation>
    </message>
    <message>
        <source>E&amp;nable now</source>
        <translation>E&amp;nable now</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>&amp;End early…</source>
        <translation>&amp;End early…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Ca&amp;ncel order…</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>E&amp;nable…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Re&amp;new…</translation>
    </message>
    <message>
        <source>Sus&amp;pend SIM (deprecated)…</source>
        <translation>Sus&amp;pend SIM (deprecated)…</translation>
    </message>
    <message>
        <source>Res&amp;ume SIM (deprecated)…</source>
        <translation>Res&amp;ume SIM (deprecated)…</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The base URL is not a valid address, such as https://api.example.com/cube/v4.</source>
        <translation>The base URL is not a valid address, such as https://api.example.com/cube/v4.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer, such as a local simulator).</source>
        <translation>The base URL must start with https:// (plain http:// is allowed only for this computer, such as a local simulator).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Enter the access code issued for the account (for example P000270).</source>
        <translation>Enter the access code issued for the account (for example P000270).</translation>
    </message>
    <message>
        <source>The time-out must be 1 to 600 seconds.</source>
        <translation>The time-out must be 1 to 600 seconds.</translation>
    </message>
    <message>
        <source>Unknown operations in the path overrides: %1.</source>
        <translation>Unknown operations in the path overrides: %1.</translation>
    </message>
    <message>
        <source>UAT (test)</source>
        <translation>UAT (test)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>Enter the Cube account&apos;s details. The secret is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Enter the Cube account&apos;s details. The secret is kept in your system&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Access code:</source>
        <translation>&amp;Access code:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>&amp;Timestamps in:</source>
        <translation>&amp;Timestamps in:</translation>
    </message>
    <message>
        <source>Time-&amp;out (seconds):</source>
        <translation>Time-&amp;out (seconds):</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>&amp;CA bundle (optional):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Co&amp;lour:</translation>
    </message>
    <message>
        <source>&amp;Path overrides:</source>
        <translation>&amp;Path overrides:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
</context>
<context>
    <name>SendSmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
</context>
<context>
    <name>SimDetailPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>IMSI:</source>
        <translation>IMSI:</translation>
    </message>
    <message>
        <source>MSISDN:</source>
        <translation>MSISDN:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan in use:</source>
        <translation>Plan in use:</translation>
    </message>
    <message>
        <source>Used in this order:</source>
        <translation>Used in this order:</translation>
    </message>
    <message>
        <source>High-speed data left:</source>
        <translation>High-speed data left:</translation>
    </message>
    <message>
        <source>Carrier says left:</source>
        <translation>Carrier says left:</translation>
    </message>
    <message>
        <source>Used this month:</source>
        <translation>Used this month:</translation>
    </message>
    <message>
        <source>Orders of this SIM card</source>
        <translation>Orders of this SIM card</translation>
    </message>
    <message>
        <source>&amp;End early…</source>
        <translation>&amp;End early…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Ca&amp;ncel order…</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>E&amp;nable…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Re&amp;new…</translation>
    </message>
    <message>
        <source>&amp;Order plan…</source>
        <translation>&amp;Order plan…</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>Send S&amp;MS…</translation>
    </message>
    <message>
        <source>Sus&amp;pend (deprecated)…</source>
        <translation>Sus&amp;pend (deprecated)…</translation>
    </message>
    <message>
        <source>Res&amp;ume (deprecated)…</source>
        <translation>Res&amp;ume (deprecated)…</translation>
    </message>
</context>
<context>
    <name>SimListPage</name>
    <message>
        <source>Search ICCID, IMSI or MSISDN</source>
        <translation>Search ICCID, IMSI or MSISDN</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancel loading</translation>
    </message>
    <message>
        <source>Order &amp;plan for selected…</source>
        <translation>Order &amp;plan for selected…</translation>
    </message>
</context>
<context>
    <name>SimulatorOptions</name>
    <message>
        <source>A simulator of the Linksfield Cube (CSSS) API on 127.0.0.1, with a seeded fleet of SIM cards, orders and usage, for trying, testing and demonstrating Cube Console.</source>
        <translation>A simulator of the Linksfield Cube (CSSS) API on 127.0.0.1, with a seeded fleet of SIM cards, orders and usage, for trying, testing and demonstrating Cube Console.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port to listen on (0: any free port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Seed of the simulated fleet.</source>
        <translation>Seed of the simulated fleet.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Number of SIM cards in the fleet.</source>
        <translation>Number of SIM cards in the fleet.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>The account&apos;s access code.</source>
        <translation>The account&apos;s access code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The account&apos;s secret (a test secret).</source>
        <translation>The account&apos;s secret (a test secret).</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX. Repeatable.</source>
        <translation>Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX. Repeatable.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Delay answers: OPERATION:MILLISECONDS. Repeatable.</source>
        <translation>Delay answers: OPERATION:MILLISECONDS. Repeatable.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>The port must be a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>The seed must be a whole number.</translation>
    </message>
    <message>
        <source>The size must be a number from 1 to 1000000.</source>
        <translation>The size must be a number from 1 to 1000000.</translation>
    </message>
    <message>
        <source>Bad --fault &quot;%1&quot;: %2</source>
        <translation>Bad --fault &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Bad --latency &quot;%1&quot;: %2</source>
        <translation>Bad --latency &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>cube::ActivityLog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>The SIM card or order an action was about</extracomment>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
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
    <name>cube::ConsoleSession</name>
    <message>
        <source>My Cube account</source>
        <translation>My Cube account</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Delete profile…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <source> — secret for this session only</source>
        <translation> — secret for this session only</translation>
    </message>
    <message>
        <source>%1 (%2) at %3, account %4</source>
        <translation>%1 (%2) at %3, account %4</translation>
    </message>
    <message>
        <source>The secret could not be saved</source>
        <translation>The secret could not be saved</translation>
    </message>
    <message>
        <source>You can use the secret for this session only: it is kept in memory and never written. You will be asked again next time.</source>
        <translation>You can use the secret for this session only: it is kept in memory and never written. You will be asked again next time.</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Use for this &amp;session only</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>Delete the profile &quot;%1&quot; and its secret in the keychain?</translation>
    </message>
    <message>
        <source>D&amp;uplicate profile…</source>
        <translation>D&amp;uplicate profile…</translation>
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
    <name>cube::EndOrderEarlyDialog</name>
    <message>
        <source>Customer request</source>
        <translation>Customer request</translation>
    </message>
    <message>
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <source>Wrong plan ordered</source>
        <translation>Wrong plan ordered</translation>
    </message>
    <message>
        <source>Device returned or replaced</source>
        <translation>Device returned or replaced</translation>
    </message>
    <message>
        <source>Testing finished</source>
        <translation>Testing finished</translation>
    </message>
    <message>
        <source>MiFi</source>
        <translation>MiFi</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Travel card</source>
        <translation>Travel card</translation>
    </message>
    <message>
        <source>IoT card</source>
        <translation>IoT card</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Choose or type why the order ends</source>
        <translation>Choose or type why the order ends</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message numerus="yes">
        <source>End %n order(s) early</source>
        <translation>
            <numerusform>End %n order early</numerusform>
            <numerusform>End %n orders early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;End %n order(s) early</source>
        <translation>
            <numerusform>&amp;End %n order early</numerusform>
            <numerusform>&amp;End %n orders early</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;End order %1 early?&lt;/b&gt;</source>
        <translation>&lt;b&gt;End order %1 early?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;End these %n orders early?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;End these %n orders early?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;End these %n orders early?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Give a reason: the server requires one.</source>
        <translation>Give a reason: the server requires one.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <source>No answer; checking the order…</source>
        <translation>No answer; checking the order…</translation>
    </message>
    <message>
        <source>No answer came; the server now shows: %1</source>
        <translation>No answer came; the server now shows: %1</translation>
    </message>
    <message>
        <source>No answer came, and the order could not be read again: refresh it before trying again.</source>
        <translation>No answer came, and the order could not be read again: refresh it before trying again.</translation>
    </message>
    <message>
        <source>End order early</source>
        <translation>End order early</translation>
    </message>
    <message>
        <source>The order was ended early.</source>
        <translation>The order was ended early.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) ended early</source>
        <translation>
            <numerusform>%n order ended early</numerusform>
            <numerusform>%n orders ended early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or not sent.</source>
        <translation>
            <numerusform>%n failed or not sent.</numerusform>
            <numerusform>%n failed or not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the order being sent…</source>
        <translation>Stopping after the order being sent…</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cube::OrderActions</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Cancel order %1 of SIM %2? It has not been enabled; a cancelled order cannot be enabled again.</source>
        <translation>Cancel order %1 of SIM %2? It has not been enabled; a cancelled order cannot be enabled again.</translation>
    </message>
    <message>
        <source>Enable order</source>
        <translation>Enable order</translation>
    </message>
    <message>
        <source>Enable order %1 of SIM %2 now? Its period starts today.</source>
        <translation>Enable order %1 of SIM %2 now? Its period starts today.</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>Renew order</translation>
    </message>
    <message>
        <source>Renew order %1 for how many periods?</source>
        <translation>Renew order %1 for how many periods?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>cube::OrderPlanDialog</name>
    <message>
        <source>ipay88</source>
        <translation>ipay88</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message numerus="yes">
        <source>Order a plan for %n SIM card(s)</source>
        <translation>
            <numerusform>Order a plan for %n SIM card</numerusform>
            <numerusform>Order a plan for %n SIM cards</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>SIM card %1</source>
        <translation>SIM card %1</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s): %1</source>
        <translation>
            <numerusform>%n SIM card: %1</numerusform>
            <numerusform>%n SIM cards: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Loading the account&apos;s plans…</source>
        <translation>Loading the account&apos;s plans…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Order %1 placed; it runs from %2 to %3.</source>
        <translation>Order %1 placed; it runs from %2 to %3.</translation>
    </message>
    <message>
        <source>Order %1 placed; it starts when it is enabled.</source>
        <translation>Order %1 placed; it starts when it is enabled.</translation>
    </message>
    <message>
        <source>%1: %2 (code %3)</source>
        <translation>%1: %2 (code %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed.</source>
        <translation>
            <numerusform>%n order placed.</numerusform>
            <numerusform>%n orders placed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order plan</source>
        <translation>Order plan</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s)</source>
        <translation>
            <numerusform>%n SIM card</numerusform>
            <numerusform>%n SIM cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::OrderTableModel</name>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>Order code</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>The data volume of the plan</extracomment>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>cube::OrdersPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Loading orders…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n order found.</numerusform>
            <numerusform>%n orders found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the orders</source>
        <translation>Could not load the orders</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Regular plans</source>
        <translation>Regular plans</translation>
    </message>
    <message>
        <source>OTA day plans</source>
        <translation>OTA day plans</translation>
    </message>
</context>
<context>
    <name>cube::ProfileDialog</name>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>Red (production)</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Seconds (as every example)</source>
        <translation>Seconds (as every example)</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milliseconds</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>New connection profile</translation>
    </message>
    <message>
        <source>Edit connection profile</source>
        <translation>Edit connection profile</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Unchanged (kept in the keychain)</translation>
    </message>
    <message>
        <source>The secret issued with the access code</source>
        <translation>The secret issued with the access code</translation>
    </message>
    <message>
        <source>operation=path, one per line, e.g. queryDeviceList=/device/list</source>
        <translation>operation=path, one per line, e.g. queryDeviceList=/device/list</translation>
    </message>
    <message>
        <source>Enter the secret issued with the access code.</source>
        <translation>Enter the secret issued with the access code.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %n SIM card(s).</source>
        <translation>
            <numerusform>Connected: the account has %n SIM card.</numerusform>
            <numerusform>Connected: the account has %n SIM cards.</numerusform>
        </translation>
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
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock your keyring and try again.</source>
        <translation>The keychain did not answer; it may be locked and waiting for its password. Unlock your keyring and try again.</translation>
    </message>
</context>
<context>
    <name>cube::SendSmsDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>To SIM card %1</source>
        <translation>To SIM card %1</translation>
    </message>
    <message>
        <source>Type the message</source>
        <translation>Type the message</translation>
    </message>
    <message>
        <source>GSM-7, %1 characters per message</source>
        <translation>GSM-7, %1 characters per message</translation>
    </message>
    <message>
        <source>UCS-2 (Chinese and other characters), %1 characters per message</source>
        <translation>UCS-2 (Chinese and other characters), %1 characters per message</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters can be sent.</source>
        <translation>
            <numerusform>At most %n characters can be sent.</numerusform>
            <numerusform>At most %n characters can be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent (message id %1).</source>
        <translation>Sent (message id %1).</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
</context>
<context>
    <name>cube::SimActions</name>
    <message>
        <source>Suspend SIM card</source>
        <translation>Suspend SIM card</translation>
    </message>
    <message>
        <source>Suspend the service of SIM %1? Its order in use is paused until it is resumed. The vendor marks this operation as deprecated.</source>
        <translation>Suspend the service of SIM %1? Its order in use is paused until it is resumed. The vendor marks this operation as deprecated.</translation>
    </message>
    <message>
        <source>Resume SIM card</source>
        <translation>Resume SIM card</translation>
    </message>
    <message>
        <source>Resume the service of SIM %1? The vendor marks this operation as deprecated.</source>
        <translation>Resume the service of SIM %1? The vendor marks this operation as deprecated.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>cube::SimDetailPanel</name>
    <message>
        <source>Choose a SIM card to see its details.</source>
        <translation>Choose a SIM card to see its details.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SIM %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;SIM %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No order in use</source>
        <translation>No order in use</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM card</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Carrier balance</source>
        <translation>Carrier balance</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>Monthly usage</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message numerus="yes">
        <source>Daily usage, last %n day(s) (MB)</source>
        <translation>
            <numerusform>Daily usage, last %n day (MB)</numerusform>
            <numerusform>Daily usage, last %n days (MB)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, service suspended</source>
        <translation>%1, service suspended</translation>
    </message>
</context>
<context>
    <name>cube::SimListPage</name>
    <message numerus="yes">
        <source>Loading cancelled: %n SIM card(s) shown.</source>
        <translation>
            <numerusform>Loading cancelled: %n SIM card shown.</numerusform>
            <numerusform>Loading cancelled: %n SIM cards shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load SIM cards</source>
        <translation>Load SIM cards</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>Could not load the SIM cards</source>
        <translation>Could not load the SIM cards</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Pre-activation</source>
        <translation>Pre-activation</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Pre-deactivation</source>
        <translation>Pre-deactivation</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 SIM cards</source>
        <translation>Loading… %1 of %2 SIM cards</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s)</source>
        <translation>
            <numerusform>%n SIM card</numerusform>
            <numerusform>%n SIM cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SIM card(s) match</source>
        <translation>
            <numerusform>%1 of %n SIM card match</numerusform>
            <numerusform>%1 of %n SIM cards match</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation>Export SIM cards</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The SIM cards could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>The SIM cards could not be written to %1: %2. Choose another folder and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n SIM card(s) to %1.</source>
        <translation>
            <numerusform>Exported %n SIM card to %1.</numerusform>
            <numerusform>Exported %n SIM cards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s) selected from the pasted list.</source>
        <translation>
            <numerusform>%n SIM card selected from the pasted list.</numerusform>
            <numerusform>%n SIM cards selected from the pasted list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::SimTableModel</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>MSISDN</source>
        <translation>MSISDN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <extracomment>The data plan of the order in use</extracomment>
        <translation>Plan in use</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
</context>
<context>
    <name>cube::commandline</name>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Run with --help to see the options.</translation>
    </message>
</context>
<context>
    <name>cube::statustext</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Pre-activation</source>
        <translation>Pre-activation</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Pre-deactivation</source>
        <translation>Pre-deactivation</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <extracomment>An order bought but not started yet</extracomment>
        <translation>Not enabled</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
</context>
</TS>
