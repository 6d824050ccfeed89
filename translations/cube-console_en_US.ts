<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
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
        <source>The server has a problem; try again later.</source>
        <translation>The server has a problem; try again later.</translation>
    </message>
    <message>
        <source>Check that the base URL points to a Cube API server.</source>
        <translation>Check that the base URL points to a Cube API server.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>The connection to the Cube server broke before its answer came (%1).</source>
        <translation>The connection to the Cube server broke before its answer came (%1).</translation>
    </message>
    <message>
        <source>The Cube server answered with a redirect (HTTP %1) to %2; it was not followed, and nothing more was sent.</source>
        <translation>The Cube server answered with a redirect (HTTP %1) to %2; it was not followed, and nothing more was sent.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>The Cube server has no %1.</source>
        <translation>The Cube server has no %1.</translation>
    </message>
    <message>
        <source>The Cube API never redirects: check the profile&apos;s base URL (https, the right host) and any proxy on the way.</source>
        <translation>The Cube API never redirects: check the profile&apos;s base URL (https, the right host) and any proxy on the way.</translation>
    </message>
    <message>
        <source>Check the ICCID or order code.</source>
        <translation>Check the ICCID or order code.</translation>
    </message>
    <message>
        <source>The Cube server has no operation at %1 (%2, asked for %3).</source>
        <translation>The Cube server has no operation at %1 (%2, asked for %3).</translation>
    </message>
    <message>
        <source>this path</source>
        <translation>this path</translation>
    </message>
    <message>
        <source>HTTP 404</source>
        <translation>HTTP 404</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>The vendor documents this path: check the profile&apos;s base URL.</source>
        <translation>The vendor documents this path: check the profile&apos;s base URL.</translation>
    </message>
    <message>
        <source>The vendor&apos;s sibling API suggests %1=%2.</source>
        <translation>The vendor&apos;s sibling API suggests %1=%2.</translation>
    </message>
    <message>
        <source>This path is inferred, not confirmed by the vendor. Set the right one in the profile (Edit profile, Path overrides: %1=/path).</source>
        <translation>This path is inferred, not confirmed by the vendor. Set the right one in the profile (Edit profile, Path overrides: %1=/path).</translation>
    </message>
    <message>
        <source>The Cube server refused the request for its limits (HTTP 429): %1.</source>
        <translation>The Cube server refused the request for its limits (HTTP 429): %1.</translation>
    </message>
    <message>
        <source>The request was sent but no usable answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</source>
        <translation>The request was sent but no usable answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>The Cube server sent only an interim answer (HTTP %1%2), and its final answer could not be read after it.</source>
        <translation>The Cube server sent only an interim answer (HTTP %1%2), and its final answer could not be read after it.</translation>
    </message>
    <message>
        <source>The Cube server refused the request (HTTP %1).</source>
        <translation>The Cube server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The Cube server&apos;s answer arrived damaged: it was compressed (%1) and could not be unpacked.</source>
        <translation>The Cube server&apos;s answer arrived damaged: it was compressed (%1) and could not be unpacked.</translation>
    </message>
    <message>
        <source>Correct the CA bundle in the profile, or clear it to trust only the system&apos;s certificates, then try again.</source>
        <translation>Correct the CA bundle in the profile, or clear it to trust only the system&apos;s certificates, then try again.</translation>
    </message>
    <message>
        <source>The gateway is limiting requests; try again once it allows more.</source>
        <translation>The gateway is limiting requests; try again once it allows more.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, ask the gateway&apos;s operator to turn off interim answers (such as 103 Early Hints) for the Cube API.</source>
        <translation>Try again; if it keeps happening, ask the gateway&apos;s operator to turn off interim answers (such as 103 Early Hints) for the Cube API.</translation>
    </message>
    <message>
        <source>It was not done. Check the profile&apos;s base URL, access code and secret, then try again.</source>
        <translation>It was not done. Check the profile&apos;s base URL, access code and secret, then try again.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, something on the way (a proxy or the gateway) damages the answers: tell its operator.</source>
        <translation>Try again; if it keeps happening, something on the way (a proxy or the gateway) damages the answers: tell its operator.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Look a&amp;gain</translation>
    </message>
    <message>
        <source>Stop loo&amp;king</source>
        <translation>Stop loo&amp;king</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Rules…</translation>
    </message>
    <message>
        <source>&amp;Watch SIM cards…</source>
        <translation>&amp;Watch SIM cards…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Show a&amp;ll</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>Re&amp;new…</translation>
    </message>
    <message>
        <source>Order &amp;plan…</source>
        <translation>Order &amp;plan…</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>End e&amp;arly…</translation>
    </message>
</context>
<context>
    <name>AttentionRulesDialog</name>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>What the Attention tab lists, and how often the console looks again on its own.</source>
        <translation>What the Attention tab lists, and how often the console looks again on its own.</translation>
    </message>
    <message>
        <source>Orders that &amp;expire within (days):</source>
        <translation>Orders that &amp;expire within (days):</translation>
    </message>
    <message>
        <source>&amp;Little data left, below:</source>
        <translation>&amp;Little data left, below:</translation>
    </message>
    <message>
        <source>Unit of the threshold</source>
        <translation>Unit of the threshold</translation>
    </message>
    <message>
        <source>Look again every (&amp;minutes):</source>
        <translation>Look again every (&amp;minutes):</translation>
    </message>
    <message>
        <source>List these reasons</source>
        <translation>List these reasons</translation>
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
    <message>
        <source>Record changes in the journal FILE instead of the shared one.</source>
        <translation>Record changes in the journal FILE instead of the shared one.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
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
    <name>HistoryPage</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>ICCID or order code</source>
        <translation>ICCID or order code</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>By person</translation>
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
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;tory</translation>
    </message>
    <message>
        <source>This session&apos;s actions, reads included:</source>
        <translation>This session&apos;s actions, reads included:</translation>
    </message>
    <message>
        <source>This session&apos;s actions</source>
        <translation>This session&apos;s actions</translation>
    </message>
    <message>
        <source>Attent&amp;ion</source>
        <translation>Attent&amp;ion</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>View only</translation>
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
        <source>Pa&amp;yment:</source>
        <translation>Pa&amp;yment:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>&amp;Amount per SIM card:</source>
        <translation>&amp;Amount per SIM card:</translation>
    </message>
    <message>
        <source>In all:</source>
        <translation>In all:</translation>
    </message>
    <message>
        <source>Pai&amp;d already</source>
        <translation>Pai&amp;d already</translation>
    </message>
    <message>
        <source>E&amp;nable now (the period starts at once)</source>
        <translation>E&amp;nable now (the period starts at once)</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM card</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
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
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>Ca&amp;ncel order…</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>End e&amp;arly…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>Ena&amp;ble…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Rene&amp;w…</translation>
    </message>
    <message>
        <source>Suspen&amp;d SIM…</source>
        <translation>Suspen&amp;d SIM…</translation>
    </message>
    <message>
        <source>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</source>
        <translation>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</translation>
    </message>
    <message>
        <source>Res&amp;ume SIM…</source>
        <translation>Res&amp;ume SIM…</translation>
    </message>
    <message>
        <source>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</source>
        <translation>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</translation>
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
    <message>
        <source>Connections at once must be 1 to %1.</source>
        <translation>Connections at once must be 1 to %1.</translation>
    </message>
    <message>
        <source>Queries a second must be 1 to %1.</source>
        <translation>Queries a second must be 1 to %1.</translation>
    </message>
    <message>
        <source>The daily quota must be at least 1 query.</source>
        <translation>The daily quota must be at least 1 query.</translation>
    </message>
    <message>
        <source>The page size must be 1 to 1,000 rows.</source>
        <translation>The page size must be 1 to 1,000 rows.</translation>
    </message>
    <message>
        <source>The hours a cached SIM list stays fresh cannot be negative.</source>
        <translation>The hours a cached SIM list stays fresh cannot be negative.</translation>
    </message>
    <message>
        <source>The profile “%1” is view only: it can look up SIM cards, orders and usage, but changes nothing on the server. Ask whoever manages the team&apos;s profiles for one that may make changes.</source>
        <translation>The profile “%1” is view only: it can look up SIM cards, orders and usage, but changes nothing on the server. Ask whoever manages the team&apos;s profiles for one that may make changes.</translation>
    </message>
    <message>
        <source>Team store: %1.</source>
        <translation>Team store: %1.</translation>
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
        <source>Time-&amp;out (seconds):</source>
        <translation>Time-&amp;out (seconds):</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Co&amp;lour:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>The zone of the server&apos;s clock. Its times are read in this zone and shown in this computer&apos;s time; its days (day and month usage) are counted in it. The vendor&apos;s servers use UTC+8.</source>
        <translation>The zone of the server&apos;s clock. Its times are read in this zone and shown in this computer&apos;s time; its days (day and month usage) are counted in it. The vendor&apos;s servers use UTC+8.</translation>
    </message>
    <message>
        <source>&amp;Gateway allows:</source>
        <translation>&amp;Gateway allows:</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> at once</translation>
    </message>
    <message>
        <source>Requests on the wire, and so connections open, at once. The vendor&apos;s gateway allows 3 for each IP address.</source>
        <translation>Requests on the wire, and so connections open, at once. The vendor&apos;s gateway allows 3 for each IP address.</translation>
    </message>
    <message>
        <source> a second</source>
        <translation> a second</translation>
    </message>
    <message>
        <source>Queries started in any one second. The vendor&apos;s gateway allows 10 for each IP address; beyond, it refuses them (HTTP 429).</source>
        <translation>Queries started in any one second. The vendor&apos;s gateway allows 10 for each IP address; beyond, it refuses them (HTTP 429).</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> a day</translation>
    </message>
    <message>
        <source>Queries in one of the server&apos;s days. The vendor&apos;s gateway allows 5,000 for each IP address: everyone at a desk behind one address shares them.</source>
        <translation>Queries in one of the server&apos;s days. The vendor&apos;s gateway allows 5,000 for each IP address: everyone at a desk behind one address shares them.</translation>
    </message>
    <message>
        <source>&amp;Rows a page:</source>
        <translation>&amp;Rows a page:</translation>
    </message>
    <message>
        <source>Rows asked for in one page of a listing. The vendor&apos;s gateway answers at most 100; a larger page is read at the server&apos;s own size.</source>
        <translation>Rows asked for in one page of a listing. The vendor&apos;s gateway answers at most 100; a larger page is read at the server&apos;s own size.</translation>
    </message>
    <message>
        <source>Cached list &amp;fresh for:</source>
        <translation>Cached list &amp;fresh for:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A start shows the cached SIM list without reading the whole fleet again while it is younger than this; Reload (F5) always reads it. 0: read it at every start.</source>
        <translation>A start shows the cached SIM list without reading the whole fleet again while it is younger than this; Reload (F5) always reads it. 0: read it at every start.</translation>
    </message>
    <message>
        <source>Queries a second</source>
        <translation>Queries a second</translation>
    </message>
    <message>
        <source>Queries a day</source>
        <translation>Queries a day</translation>
    </message>
    <message>
        <source>How long to wait for the server&apos;s answer before giving up.</source>
        <translation>How long to wait for the server&apos;s answer before giving up.</translation>
    </message>
    <message>
        <source>A&amp;dvanced settings</source>
        <translation>A&amp;dvanced settings</translation>
    </message>
    <message>
        <source>Settings for a gateway that differs from the vendor&apos;s. Leave them as they are unless its administrator says otherwise.</source>
        <translation>Settings for a gateway that differs from the vendor&apos;s. Leave them as they are unless its administrator says otherwise.</translation>
    </message>
    <message>
        <source>Only for a gateway that differs from the vendor&apos;s: leave these as they are unless its administrator says otherwise.</source>
        <translation>Only for a gateway that differs from the vendor&apos;s: leave these as they are unless its administrator says otherwise.</translation>
    </message>
    <message>
        <source>Request ti&amp;mes sent in:</source>
        <translation>Request ti&amp;mes sent in:</translation>
    </message>
    <message>
        <source>How the time of each request is written. The vendor&apos;s servers expect seconds.</source>
        <translation>How the time of each request is written. The vendor&apos;s servers expect seconds.</translation>
    </message>
    <message>
        <source>Server&apos;s time &amp;zone:</source>
        <translation>Server&apos;s time &amp;zone:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>Trusted &amp;certificates:</translation>
    </message>
    <message>
        <source>Only for a gateway whose certificate is issued by a private authority: the file (.pem or .crt) of that authority&apos;s certificates.</source>
        <translation>Only for a gateway whose certificate is issued by a private authority: the file (.pem or .crt) of that authority&apos;s certificates.</translation>
    </message>
    <message>
        <source>Operation &amp;paths:</source>
        <translation>Operation &amp;paths:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;View only: look up, never change</source>
        <translation>&amp;View only: look up, never change</translation>
    </message>
    <message>
        <source>For a trainee or a viewer: neither Cube Console nor cubectl sends any change (an order, a renewal, an SMS…) through this profile.</source>
        <translation>For a trainee or a viewer: neither Cube Console nor cubectl sends any change (an order, a renewal, an SMS…) through this profile.</translation>
    </message>
    <message>
        <source>Team store &amp;URL:</source>
        <translation>Team store &amp;URL:</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database, where the journal of changes of every desk using this profile is kept: who changed what, the bulk jobs, the count of today&apos;s queries. Leave it empty to keep the journal on this computer.</source>
        <translation>The team&apos;s PostgreSQL database, where the journal of changes of every desk using this profile is kept: who changed what, the bulk jobs, the count of today&apos;s queries. Leave it empty to keep the journal on this computer.</translation>
    </message>
    <message>
        <source>Team store pass&amp;word:</source>
        <translation>Team store pass&amp;word:</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file. Leave it empty when the database needs none or finds its own (~/.pgpass).</source>
        <translation>Kept in your system&apos;s keychain, never in a file. Leave it empty when the database needs none or finds its own (~/.pgpass).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>RenewOrderDialog</name>
    <message>
        <source>Renew order</source>
        <translation>Renew order</translation>
    </message>
    <message>
        <source>Each period:</source>
        <translation>Each period:</translation>
    </message>
    <message>
        <source>Expires now:</source>
        <translation>Expires now:</translation>
    </message>
    <message>
        <source>&amp;Periods to add:</source>
        <translation>&amp;Periods to add:</translation>
    </message>
    <message>
        <source>Expires after renewing:</source>
        <translation>Expires after renewing:</translation>
    </message>
    <message>
        <source>Orders to renew</source>
        <translation>Orders to renew</translation>
    </message>
</context>
<context>
    <name>SendSmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>Text of the SMS</source>
        <translation>Text of the SMS</translation>
    </message>
</context>
<context>
    <name>ServerTimeZone</name>
    <message>
        <source>The server writes this time in %1; it is shown in this computer&apos;s time (%2).</source>
        <translation>The server writes this time in %1; it is shown in this computer&apos;s time (%2).</translation>
    </message>
    <message>
        <source>Days are the server&apos;s: a day&apos;s usage counts from midnight to midnight in %1.</source>
        <translation>Days are the server&apos;s: a day&apos;s usage counts from midnight to midnight in %1.</translation>
    </message>
</context>
<context>
    <name>SimDetailPanel</name>
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
        <source>Ca&amp;ncel order…</source>
        <translation>Ca&amp;ncel order…</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>Send S&amp;MS…</translation>
    </message>
    <message>
        <source>Changes sent for this SIM card and its orders (journal)</source>
        <translation>Changes sent for this SIM card and its orders (journal)</translation>
    </message>
    <message>
        <source>Changes sent for this SIM card</source>
        <translation>Changes sent for this SIM card</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Order p&amp;lan…</source>
        <translation>Order p&amp;lan…</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>End e&amp;arly…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>Ena&amp;ble…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Rene&amp;w…</translation>
    </message>
    <message>
        <source>Suspen&amp;d…</source>
        <translation>Suspen&amp;d…</translation>
    </message>
    <message>
        <source>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</source>
        <translation>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <source>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</source>
        <translation>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</translation>
    </message>
    <message>
        <source>Watched SIMs are read in full (usage and days) at each look on the Attention tab</source>
        <translation>Watched SIMs are read in full (usage and days) at each look on the Attention tab</translation>
    </message>
    <message>
        <source>Note on this SIM card</source>
        <translation>Note on this SIM card</translation>
    </message>
    <message>
        <source>A note on this SIM card, e.g. Customer ACME, ticket 4711</source>
        <translation>A note on this SIM card, e.g. Customer ACME, ticket 4711</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Tags of this SIM card</source>
        <translation>Tags of this SIM card</translation>
    </message>
    <message>
        <source>e.g. acme, vip</source>
        <translation>e.g. acme, vip</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>The note and tags are kept on this computer for this account, and shared with cubectl; nothing is sent to the server.</source>
        <translation>The note and tags are kept on this computer for this account, and shared with cubectl; nothing is sent to the server.</translation>
    </message>
    <message>
        <source>Keeps the note and tags on this computer for this account (Ctrl+S); nothing is sent to the server.</source>
        <translation>Keeps the note and tags on this computer for this account (Ctrl+S); nothing is sent to the server.</translation>
    </message>
</context>
<context>
    <name>SimListPage</name>
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
    <message>
        <source>SIM cards</source>
        <translation>SIM cards</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search ICCID, IMSI, MSISDN, notes or tag:name</source>
        <translation>Search ICCID, IMSI, MSISDN, notes or tag:name</translation>
    </message>
    <message>
        <source>Finds the SIM cards whose ICCID, IMSI or MSISDN contains the search, or whose note or tags hold each of its words. tag:acme keeps the SIM cards tagged acme.</source>
        <translation>Finds the SIM cards whose ICCID, IMSI or MSISDN contains the search, or whose note or tags hold each of its words. tag:acme keeps the SIM cards tagged acme.</translation>
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
        <source>Bad --fault &quot;%1&quot;: %2</source>
        <translation>Bad --fault &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Bad --latency &quot;%1&quot;: %2</source>
        <translation>Bad --latency &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Append one JSON line per request to FILE: time, path, business fields, answer code.</source>
        <translation>Append one JSON line per request to FILE: time, path, business fields, answer code.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The size must be a number from 1 to %1.</source>
        <translation>The size must be a number from 1 to %1.</translation>
    </message>
    <message>
        <source>Answer with camelCase names and every value a string, as the vendor&apos;s documented answers are.</source>
        <translation>Answer with camelCase names and every value a string, as the vendor&apos;s documented answers are.</translation>
    </message>
    <message>
        <source>Write times and count days in UTC+OFFSET, e.g. +8 (the vendor&apos;s, the default), 0 or +05:30.</source>
        <translation>Write times and count days in UTC+OFFSET, e.g. +8 (the vendor&apos;s, the default), 0 or +05:30.</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <source>The UTC offset must be from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30.</source>
        <translation>The UTC offset must be from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 (no limit) to %2.</source>
        <translation>--%1 must be a number from 0 (no limit) to %2.</translation>
    </message>
    <message>
        <source>At most this many requests in any second from one address; more get HTTP 429 (default %1, the vendor&apos;s; 0: no limit).</source>
        <translation>At most this many requests in any second from one address; more get HTTP 429 (default %1, the vendor&apos;s; 0: no limit).</translation>
    </message>
    <message>
        <source>At most this many requests of one address in progress at once; more get HTTP 429 (default %1).</source>
        <translation>At most this many requests of one address in progress at once; more get HTTP 429 (default %1).</translation>
    </message>
    <message>
        <source>At most this many requests from one address in one of the server&apos;s days, refused ones included; more get HTTP 429 until its midnight (default %1).</source>
        <translation>At most this many requests from one address in one of the server&apos;s days, refused ones included; more get HTTP 429 until its midnight (default %1).</translation>
    </message>
    <message>
        <source>Answer a listing with at most this many rows a page, whatever page_size asks (default %1).</source>
        <translation>Answer a listing with at most this many rows a page, whatever page_size asks (default %1).</translation>
    </message>
    <message>
        <source>&quot;none&quot; turns the four limits above off, apart from those given as well, for tests that need raw speed; &quot;vendor&quot; (the default) keeps the vendor&apos;s.</source>
        <translation>&quot;none&quot; turns the four limits above off, apart from those given as well, for tests that need raw speed; &quot;vendor&quot; (the default) keeps the vendor&apos;s.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>--limits must be &quot;none&quot; or &quot;vendor&quot;.</source>
        <translation>--limits must be &quot;none&quot; or &quot;vendor&quot;.</translation>
    </message>
    <message>
        <source>Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX, late=MS (no answer; the write takes effect MS milliseconds later). Repeatable.</source>
        <translation>Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX, late=MS (no answer; the write takes effect MS milliseconds later). Repeatable.</translation>
    </message>
    <message>
        <source>Cannot read the scenario %1: %2</source>
        <translation>Cannot read the scenario %1: %2</translation>
    </message>
    <message>
        <source>The scenario %1 is not JSON: %2 (at character %3).</source>
        <translation>The scenario %1 is not JSON: %2 (at character %3).</translation>
    </message>
    <message>
        <source>The scenario %1 is wrong: %2</source>
        <translation>The scenario %1 is wrong: %2</translation>
    </message>
    <message>
        <source>Serve the fleet described in the JSON file FILE instead of a seeded one: SIM cards, their orders and their daily usage, days counted from the server&apos;s midnight (--seed and --size are then ignored; the format is in src/simulator/fleet.h).</source>
        <translation>Serve the fleet described in the JSON file FILE instead of a seeded one: SIM cards, their orders and their daily usage, days counted from the server&apos;s midnight (--seed and --size are then ignored; the format is in src/simulator/fleet.h).</translation>
    </message>
</context>
<context>
    <name>WatchSimsDialog</name>
    <message>
        <source>Watch SIM cards</source>
        <translation>Watch SIM cards</translation>
    </message>
    <message>
        <source>Paste the ICCIDs of the SIM cards to watch, one per line or separated by spaces or commas. At each look a watched SIM card&apos;s usage and days are read in full; its burn rate is then that of its last days.</source>
        <translation>Paste the ICCIDs of the SIM cards to watch, one per line or separated by spaces or commas. At each look a watched SIM card&apos;s usage and days are read in full; its burn rate is then that of its last days.</translation>
    </message>
    <message>
        <source>ICCIDs to watch</source>
        <translation>ICCIDs to watch</translation>
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
    <message>
        <source>When the action was done, in this computer&apos;s time zone.</source>
        <translation>When the action was done, in this computer&apos;s time zone.</translation>
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
    <message numerus="yes">
        <source>the answer is larger than %n MB, the most this request reads</source>
        <translation>
            <numerusform>the answer is larger than %n MB, the most this request reads</numerusform>
            <numerusform>the answer is larger than %n MB, the most this request reads</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>the connection closed before the answer came</translation>
    </message>
    <message>
        <source>the gateway&apos;s limits admit no more queries for %1</source>
        <translation>the gateway&apos;s limits admit no more queries for %1</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s), refused each time</source>
        <translation>
            <numerusform>sent %n time, refused each time</numerusform>
            <numerusform>sent %n times, refused each time</numerusform>
        </translation>
    </message>
    <message>
        <source>the day&apos;s quota of %1 queries is spent; the gateway takes more from the server&apos;s next day</source>
        <translation>the day&apos;s quota of %1 queries is spent; the gateway takes more from the server&apos;s next day</translation>
    </message>
</context>
<context>
    <name>cube::AttentionCost</name>
    <message>
        <source>the order listing, as long as its first page says</source>
        <translation>the order listing, as long as its first page says</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) of orders in use</source>
        <translation>
            <numerusform>%Ln page of orders in use</numerusform>
            <numerusform>%Ln pages of orders in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for the usage of %Ln watched SIM(s)</source>
        <translation>
            <numerusform>%1 for the usage of %Ln watched SIM</numerusform>
            <numerusform>%1 for the usage of %Ln watched SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for their days not read before</source>
        <translation>
            <numerusform>%Ln for their days not read before</numerusform>
            <numerusform>%Ln for their days not read before</numerusform>
        </translation>
    </message>
    <message>
        <source>This look costs no query: it goes by the SIM list and the orders already read.</source>
        <translation>This look costs no query: it goes by the SIM list and the orders already read.</translation>
    </message>
    <message>
        <source>This look takes about %1 queries: %2.</source>
        <translation>This look takes about %1 queries: %2.</translation>
    </message>
</context>
<context>
    <name>cube::AttentionModel</name>
    <message>
        <source>watched</source>
        <translation>watched</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>not watched</translation>
    </message>
    <message>
        <source>Order %1 (plan “%2”) was in use at the last look and expired on %3.</source>
        <translation>Order %1 (plan “%2”) was in use at the last look and expired on %3.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 (plan “%2”) expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>Order %1 (plan “%2”) expires on %3, in %n day.</numerusform>
            <numerusform>Order %1 (plan “%2”) expires on %3, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs out about %1 at %2 MB a day (the last %n day(s)); %3 MB left.</source>
        <translation>
            <numerusform>Runs out about %1 at %2 MB a day (the last %n day); %3 MB left.</numerusform>
            <numerusform>Runs out about %1 at %2 MB a day (the last %n days); %3 MB left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs out about %1 at %2 MB a day (since the order started); %3 MB left.</source>
        <translation>Runs out about %1 at %2 MB a day (since the order started); %3 MB left.</translation>
    </message>
    <message>
        <source>%1 MB of the plan&apos;s %2 MB left.</source>
        <translation>%1 MB of the plan&apos;s %2 MB left.</translation>
    </message>
    <message>
        <source>%1 MB left.</source>
        <translation>%1 MB left.</translation>
    </message>
    <message>
        <source>SIM card %1 is activated and has no plan in use.</source>
        <translation>SIM card %1 is activated and has no plan in use.</translation>
    </message>
    <message>
        <source>The service of SIM card %1 is suspended.</source>
        <translation>The service of SIM card %1 is suspended.</translation>
    </message>
    <message>
        <source>SIM card %1 is about to be deactivated.</source>
        <translation>SIM card %1 is about to be deactivated.</translation>
    </message>
    <message>
        <source>The day it matters: the expiry, the day the data runs out, or today. %1</source>
        <translation>The day it matters: the expiry, the day the data runs out, or today. %1</translation>
    </message>
    <message numerus="yes">
        <source>The burn rate: for a watched SIM card the average of its last %n complete day(s), for the others the average since its order started.</source>
        <translation>
            <numerusform>The burn rate: for a watched SIM card the average of its last %n complete day, for the others the average since its order started.</numerusform>
            <numerusform>The burn rate: for a watched SIM card the average of its last %n complete days, for the others the average since its order started.</numerusform>
        </translation>
    </message>
    <message>
        <source>★: the SIM card is on the watchlist; its usage and days are read in full at each look.</source>
        <translation>★: the SIM card is on the watchlist; its usage and days are read in full at each look.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Date it matters</source>
        <translation>Date it matters</translation>
    </message>
    <message>
        <source>Data left (MB)</source>
        <translation>Data left (MB)</translation>
    </message>
    <message>
        <source>Rate (MB a day)</source>
        <translation>Rate (MB a day)</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
</context>
<context>
    <name>cube::AttentionNotifier</name>
    <message numerus="yes">
        <source>%Ln order(s) expired since the last look</source>
        <translation>
            <numerusform>%Ln order expired since the last look</numerusform>
            <numerusform>%Ln orders expired since the last look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) expire today</source>
        <translation>
            <numerusform>%Ln order expires today</numerusform>
            <numerusform>%Ln orders expire today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) expire within %1</source>
        <extracomment>%1 is a number of days (&quot;7 days&quot;)</extracomment>
        <translation>
            <numerusform>%Ln order expires within %1</numerusform>
            <numerusform>%Ln orders expire within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) run out of data before their plan expires</source>
        <translation>
            <numerusform>%Ln SIM runs out of data before its plan expires</numerusform>
            <numerusform>%Ln SIMs run out of data before their plan expires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) have little data left</source>
        <translation>
            <numerusform>%Ln SIM has little data left</numerusform>
            <numerusform>%Ln SIMs have little data left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activated SIM(s) have no plan</source>
        <translation>
            <numerusform>%Ln activated SIM has no plan</numerusform>
            <numerusform>%Ln activated SIMs have no plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) suspended</source>
        <translation>
            <numerusform>%Ln SIM suspended</numerusform>
            <numerusform>%Ln SIMs suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in pre-deactivation</source>
        <translation>
            <numerusform>%Ln SIM in pre-deactivation</numerusform>
            <numerusform>%Ln SIMs in pre-deactivation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>The end of a list of SIMs or orders: &quot;…, 8986… and 9 more&quot;</extracomment>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the summaries of what needs attention, when the status bar says them all</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>cube::AttentionPage</name>
    <message>
        <source>Looking at what needs attention. %1</source>
        <translation>Looking at what needs attention. %1</translation>
    </message>
    <message>
        <source>The console&apos;s own look was skipped: it takes about %1 queries, more than a tenth of the %2 left of today&apos;s quota. Look again (F5) to decide.</source>
        <translation>The console&apos;s own look was skipped: it takes about %1 queries, more than a tenth of the %2 left of today&apos;s quota. Look again (F5) to decide.</translation>
    </message>
    <message>
        <source>The look was stopped; nothing it read was kept.</source>
        <translation>The look was stopped; nothing it read was kept.</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>Renew order</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>End early</translation>
    </message>
    <message>
        <source>%1 (at the last look)</source>
        <translation>%1 (at the last look)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>The list could not be written to %1: %2. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Export what needs attention</source>
        <translation>Export what needs attention</translation>
    </message>
    <message>
        <source>The orders in use of this account were never read. Look again (F5) reads them: their first page says how many pages there are.</source>
        <translation>The orders in use of this account were never read. Look again (F5) reads them: their first page says how many pages there are.</translation>
    </message>
    <message>
        <source>The look follows the SIM list, which is not read yet.</source>
        <translation>The look follows the SIM list, which is not read yet.</translation>
    </message>
    <message>
        <source>Look at the whole account?</source>
        <translation>Look at the whole account?</translation>
    </message>
    <message>
        <source>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Look anyway?</source>
        <translation>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Look anyway?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) need attention</source>
        <translation>
            <numerusform>%Ln thing needs attention</numerusform>
            <numerusform>%Ln things need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln new since the last look.</source>
        <translation>
            <numerusform>; %Ln new since the last look.</numerusform>
            <numerusform>; %Ln new since the last look.</numerusform>
        </translation>
    </message>
    <message>
        <source>The look failed: %1</source>
        <translation>The look failed: %1</translation>
    </message>
    <message>
        <source>Could not look at what needs attention</source>
        <translation>Could not look at what needs attention</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a reason, how many</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>nothing expires or runs out</source>
        <translation>nothing expires or runs out</translation>
    </message>
    <message>
        <source>Showing what falls on %1 (%2).</source>
        <translation>Showing what falls on %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) on this day</source>
        <translation>
            <numerusform>%Ln item on this day</numerusform>
            <numerusform>%Ln items on this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln item shown</numerusform>
            <numerusform>%1 of %Ln items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need attention</source>
        <translation>
            <numerusform>%Ln item needs attention</numerusform>
            <numerusform>%Ln items need attention</numerusform>
        </translation>
    </message>
    <message>
        <source> (sorting…)</source>
        <translation> (sorting…)</translation>
    </message>
    <message>
        <source>Choose at most %1 rows.</source>
        <translation>Choose at most %1 rows.</translation>
    </message>
    <message>
        <source>Choose rows first.</source>
        <translation>Choose rows first.</translation>
    </message>
    <message>
        <source>Only orders in use can be ended early: choose rows with an order that has not expired.</source>
        <translation>Only orders in use can be ended early: choose rows with an order that has not expired.</translation>
    </message>
    <message>
        <source>A plan is ordered here for SIM cards that have none: choose rows of that reason.</source>
        <translation>A plan is ordered here for SIM cards that have none: choose rows of that reason.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln selected order(s) as they are now…</source>
        <translation>
            <numerusform>Reading %Ln selected order as it is now…</numerusform>
            <numerusform>Reading %Ln selected orders as they are now…</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 is no longer in use (%2).</source>
        <translation>Order %1 is no longer in use (%2).</translation>
    </message>
    <message>
        <source>The others go on to the next step.</source>
        <translation>The others go on to the next step.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Order %1 could not be read: %2</source>
        <translation>Order %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The rules are kept with the profile. Looking again with them.</source>
        <translation>The rules are kept with the profile. Looking again with them.</translation>
    </message>
    <message>
        <source>The rules hold for this session (it has no profile). Looking again with them.</source>
        <translation>The rules hold for this session (it has no profile). Looking again with them.</translation>
    </message>
    <message>
        <source>F5. From its menu, or with Shift+F5, the orders in use are read again too.</source>
        <translation>F5. From its menu, or with Shift+F5, the orders in use are read again too.</translation>
    </message>
    <message>
        <source>Look again, &amp;reading the orders in use again</source>
        <translation>Look again, &amp;reading the orders in use again</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;3&lt;/b&gt;&lt;/span&gt; orders expire, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;▼1&lt;/b&gt;&lt;/span&gt; SIM card runs out of data by forecast. Click a day to list it.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;3&lt;/b&gt;&lt;/span&gt; orders expire, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;▼1&lt;/b&gt;&lt;/span&gt; SIM card runs out of data by forecast. Click a day to list it.</translation>
    </message>
    <message numerus="yes">
        <source>Last look at %1 (the server&apos;s day %2): SIM cards %3, orders in use %4; %Ln new since the look before.</source>
        <translation>
            <numerusform>Last look at %1 (the server&apos;s day %2): SIM cards %3, orders in use %4; %Ln new since the look before.</numerusform>
            <numerusform>Last look at %1 (the server&apos;s day %2): SIM cards %3, orders in use %4; %Ln new since the look before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only orders in use can be renewed: choose rows with an order that has not expired.</source>
        <translation>Only orders in use can be renewed: choose rows with an order that has not expired.</translation>
    </message>
</context>
<context>
    <name>cube::AttentionReason</name>
    <message>
        <source>Expired since the last look</source>
        <translation>Expired since the last look</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Runs out before it expires</source>
        <translation>Runs out before it expires</translation>
    </message>
    <message>
        <source>Little data left</source>
        <translation>Little data left</translation>
    </message>
    <message>
        <source>Activated, no plan</source>
        <translation>Activated, no plan</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Pre-deactivation</source>
        <translation>Pre-deactivation</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRefresh</name>
    <message>
        <source>The orders in use could not be read: %1</source>
        <translation>The orders in use could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the orders in use: page %1 of %2</source>
        <translation>Reading the orders in use: page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading the usage of %Ln watched SIM(s)</source>
        <translation>
            <numerusform>Reading the usage of %Ln watched SIM</numerusform>
            <numerusform>Reading the usage of %Ln watched SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>The usage of watched SIMs could not be read: %1</source>
        <translation>The usage of watched SIMs could not be read: %1</translation>
    </message>
    <message>
        <source>A day of a watched SIM&apos;s usage could not be read: %1</source>
        <translation>A day of a watched SIM&apos;s usage could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %Ln SIM(s)</source>
        <translation>
            <numerusform>Looking at %Ln SIM</numerusform>
            <numerusform>Looking at %Ln SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders in use could not be kept for the next look: %1</source>
        <translation>The orders in use could not be kept for the next look: %1</translation>
    </message>
    <message>
        <source>The days read could not be kept: %1</source>
        <translation>The days read could not be kept: %1</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRules</name>
    <message>
        <source>The days before expiry must be from 0 to 366.</source>
        <translation>The days before expiry must be from 0 to 366.</translation>
    </message>
    <message>
        <source>The threshold for little data left must be from 0 to 100 percent, or an amount of MB that is not negative.</source>
        <translation>The threshold for little data left must be from 0 to 100 percent, or an amount of MB that is not negative.</translation>
    </message>
    <message>
        <source>The minutes between looks must be from 0 (never) to a week.</source>
        <translation>The minutes between looks must be from 0 (never) to a week.</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRulesDialog</name>
    <message>
        <source>percent of the plan&apos;s data</source>
        <translation>percent of the plan&apos;s data</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>While the console runs it looks again this often, and says what is new on the desktop. 0: only when you ask.</source>
        <translation>While the console runs it looks again this often, and says what is new on the desktop. 0: only when you ask.</translation>
    </message>
</context>
<context>
    <name>cube::AttentionStore</name>
    <message>
        <source>The attention file (watchlist and looks) was damaged and was set aside as %1; a new one was started. Watch the SIMs again, or copy the watchlist from the old file with sqlite3.</source>
        <translation>The attention file (watchlist and looks) was damaged and was set aside as %1; a new one was started. Watch the SIMs again, or copy the watchlist from the old file with sqlite3.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</source>
        <translation>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</translation>
    </message>
</context>
<context>
    <name>cube::BurnForecast</name>
    <message numerus="yes">
        <source>At the last %n day(s)&apos; rate (%1 MB a day)</source>
        <translation>
            <numerusform>At the last %n day&apos;s rate (%1 MB a day)</numerusform>
            <numerusform>At the last %n days&apos; rate (%1 MB a day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its rate since the order started %n day(s) ago (%1 MB a day)</source>
        <translation>
            <numerusform>At its rate since the order started %n day ago (%1 MB a day)</numerusform>
            <numerusform>At its rate since the order started %n days ago (%1 MB a day)</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage is known yet to forecast from.</source>
        <translation>No usage is known yet to forecast from.</translation>
    </message>
    <message>
        <source>The plan has no data volume to run out of.</source>
        <translation>The plan has no data volume to run out of.</translation>
    </message>
    <message>
        <source>The plan&apos;s high-speed data is used up.</source>
        <translation>The plan&apos;s high-speed data is used up.</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data lasts until the plan expires.</source>
        <translation>%1 the plan&apos;s data lasts until the plan expires.</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data lasts until the plan expires on %2.</source>
        <translation>%1 the plan&apos;s data lasts until the plan expires on %2.</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data runs out about %2.</source>
        <translation>%1 the plan&apos;s data runs out about %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 the plan&apos;s data runs out about %2, %n day(s) before it expires.</source>
        <translation>
            <numerusform>%1 the plan&apos;s data runs out about %2, %n day before it expires.</numerusform>
            <numerusform>%1 the plan&apos;s data runs out about %2, %n days before it expires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::CaBundle</name>
    <message>
        <source>The CA bundle named in the profile, %1, does not exist.</source>
        <translation>The CA bundle named in the profile, %1, does not exist.</translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, is a folder, not a file.</source>
        <translation>The CA bundle named in the profile, %1, is a folder, not a file.</translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, cannot be read (%2).</source>
        <translation>The CA bundle named in the profile, %1, cannot be read (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The CA bundle named in the profile, %1, is larger than %n MB: it is not a bundle of certificates.</source>
        <translation>
            <numerusform>The CA bundle named in the profile, %1, is larger than %n MB: it is not a bundle of certificates.</numerusform>
            <numerusform>The CA bundle named in the profile, %1, is larger than %n MB: it is not a bundle of certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, holds no certificate in PEM form.</source>
        <translation>The CA bundle named in the profile, %1, holds no certificate in PEM form.</translation>
    </message>
</context>
<context>
    <name>cube::ChangeWriter</name>
    <message>
        <source>this kind of change cannot be sent again from its job.</source>
        <translation>this kind of change cannot be sent again from its job.</translation>
    </message>
    <message>
        <source>this operation only reads; it is not sent as a change.</source>
        <translation>this operation only reads; it is not sent as a change.</translation>
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
    <message>
        <source>C&amp;lear SIM list cache</source>
        <translation>C&amp;lear SIM list cache</translation>
    </message>
    <message>
        <source>%1 (view only)</source>
        <translation>%1 (view only)</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team store</translation>
    </message>
    <message>
        <source>The team store&apos;s password could not be saved: %1 It is used for this session only.</source>
        <translation>The team store&apos;s password could not be saved: %1 It is used for this session only.</translation>
    </message>
    <message>
        <source>The team store&apos;s password could not be read. %1</source>
        <translation>The team store&apos;s password could not be read. %1</translation>
    </message>
    <message>
        <source>Connecting to the team store %1…</source>
        <translation>Connecting to the team store %1…</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached: %2

The console shows what it reads, but sends no change until the team store can be reached: check the network and the profile&apos;s team store address and password, or ask whoever runs the team&apos;s server, then choose the profile again in the Connection menu.</source>
        <translation>The team store %1 cannot be reached: %2

The console shows what it reads, but sends no change until the team store can be reached: check the network and the profile&apos;s team store address and password, or ask whoever runs the team&apos;s server, then choose the profile again in the Connection menu.</translation>
    </message>
</context>
<context>
    <name>cube::CubeClient</name>
    <message>
        <source>no SIM cards were given.</source>
        <translation>no SIM cards were given.</translation>
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
    <message>
        <source>the amount %1 is not an amount from 0 to %2.</source>
        <translation>the amount %1 is not an amount from 0 to %2.</translation>
    </message>
    <message>
        <source>order at least one period.</source>
        <translation>order at least one period.</translation>
    </message>
    <message>
        <source>the answer is about SIM %1, not %2</source>
        <translation>the answer is about SIM %1, not %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>an OTA order needs a payment type (0 ipay88, 1 WeChat Pay, 2 Alipay).</source>
        <translation>an OTA order needs a payment type (0 ipay88, 1 WeChat Pay, 2 Alipay).</translation>
    </message>
    <message>
        <source>the reason has a line break, a tab or another control character (%1, character %2); write it as one line.</source>
        <extracomment>%1 is the character&apos;s code (U+000A), %2 where it is (1 is the first character)</extracomment>
        <translation>the reason has a line break, a tab or another control character (%1, character %2); write it as one line.</translation>
    </message>
    <message>
        <source>the reason has an invisible or direction-changing character (%1, character %2), perhaps copied with it; delete it or type the reason again.</source>
        <extracomment>%1 is the character&apos;s code (U+202E), %2 where it is (1 is the first character)</extracomment>
        <translation>the reason has an invisible or direction-changing character (%1, character %2), perhaps copied with it; delete it or type the reason again.</translation>
    </message>
</context>
<context>
    <name>cube::DesktopNotifier</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
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
        <source>Choose or type why the order ends</source>
        <translation>Choose or type why the order ends</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>&lt;b&gt;End order %1 early?&lt;/b&gt;</source>
        <translation>&lt;b&gt;End order %1 early?&lt;/b&gt;</translation>
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
        <source>End order early</source>
        <translation>End order early</translation>
    </message>
    <message>
        <source>The order was ended early.</source>
        <translation>The order was ended early.</translation>
    </message>
    <message>
        <source>Stopping after the order being sent…</source>
        <translation>Stopping after the order being sent…</translation>
    </message>
    <message>
        <source>Ending these orders takes at least %1, and only %2 of today&apos;s %3 queries are left: the gateway will refuse the orders beyond them until the server&apos;s next day.</source>
        <translation>Ending these orders takes at least %1, and only %2 of today&apos;s %3 queries are left: the gateway will refuse the orders beyond them until the server&apos;s next day.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln query</numerusform>
            <numerusform>%Ln queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %Ln order(s) early</source>
        <translation>
            <numerusform>End %Ln order early</numerusform>
            <numerusform>End %Ln orders early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;End %Ln order(s) early</source>
        <translation>
            <numerusform>&amp;End %Ln order early</numerusform>
            <numerusform>&amp;End %Ln orders early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;End these %Ln orders early?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;End these %Ln orders early?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;End these %Ln orders early?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two counts of an End early job: &quot;3 orders ended early&quot; and &quot;1 failed or not sent.&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) ended early</source>
        <translation>
            <numerusform>%Ln order ended early</numerusform>
            <numerusform>%Ln orders ended early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed or not sent.</source>
        <translation>
            <numerusform>%Ln failed or not sent.</numerusform>
            <numerusform>%Ln failed or not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 ended early</source>
        <translation>Order %1 ended early</translation>
    </message>
    <message>
        <source>Order %1 was not ended early</source>
        <translation>Order %1 was not ended early</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) ended early</source>
        <extracomment>The result of an End early job: &quot;3 of 4 orders ended early&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %Ln order ended early</numerusform>
            <numerusform>%1 of %Ln orders ended early</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Nothing can be sent: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
</context>
<context>
    <name>cube::ExpiryCalendar</name>
    <message numerus="yes">
        <source>%Ln order(s) expire</source>
        <translation>
            <numerusform>%Ln order expires</numerusform>
            <numerusform>%Ln orders expire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) run out of data by forecast</source>
        <translation>
            <numerusform>%Ln SIM card runs out of data by forecast</numerusform>
            <numerusform>%Ln SIM cards run out of data by forecast</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>cube::FleetCache</name>
    <message>
        <source>The SIM list cache was made by another version of Cube Console (schema %1) and was discarded. The list is read from the server again.</source>
        <translation>The SIM list cache was made by another version of Cube Console (schema %1) and was discarded. The list is read from the server again.</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>the file is not a database</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was set aside as %2; a new cache was started and the list is read from the server again.</source>
        <translation>The cached SIM list was damaged (%1) and was set aside as %2; a new cache was started and the list is read from the server again.</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and could not be set aside; it was discarded and the list is read from the server again.</source>
        <translation>The cached SIM list was damaged (%1) and could not be set aside; it was discarded and the list is read from the server again.</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>the file is damaged: %1</translation>
    </message>
</context>
<context>
    <name>cube::FleetCacheDecoder</name>
    <message>
        <source>order code</source>
        <translation>order code</translation>
    </message>
    <message>
        <source>its date is not between the years 2000 and 2200</source>
        <translation>its date is not between the years 2000 and 2200</translation>
    </message>
    <message>
        <source>its rows are %L1 bytes each instead of %2</source>
        <translation>its rows are %L1 bytes each instead of %2</translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards</source>
        <translation>it counts %L1 SIM cards</translation>
    </message>
    <message>
        <source>the dictionary blob</source>
        <translation>the dictionary blob</translation>
    </message>
    <message>
        <source>its dictionary does not begin with an empty plan and order prefix</source>
        <translation>its dictionary does not begin with an empty plan and order prefix</translation>
    </message>
    <message>
        <source>its dictionary holds %L1 order prefixes, more than %L2</source>
        <translation>its dictionary holds %L1 order prefixes, more than %L2</translation>
    </message>
    <message>
        <source>its head is missing</source>
        <translation>its head is missing</translation>
    </message>
    <message>
        <source>part %L1 is missing or out of order</source>
        <translation>part %L1 is missing or out of order</translation>
    </message>
    <message>
        <source>part %L1 holds %L2 SIM cards where %L3 belong</source>
        <translation>part %L1 holds %L2 SIM cards where %L3 belong</translation>
    </message>
    <message>
        <source>the rows blob of part %L1 is empty</source>
        <translation>the rows blob of part %L1 is empty</translation>
    </message>
    <message numerus="yes">
        <source>the rows blob of part %L1 is %n byte(s) short</source>
        <translation>
            <numerusform>the rows blob of part %L1 is %n byte short</numerusform>
            <numerusform>the rows blob of part %L1 is %n bytes short</numerusform>
        </translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards but holds more</source>
        <translation>it counts %L1 SIM cards but holds more</translation>
    </message>
    <message>
        <source>the texts blob of part %L1</source>
        <translation>the texts blob of part %L1</translation>
    </message>
    <message>
        <source>SIM card %L1 has a damaged %2</source>
        <translation>SIM card %L1 has a damaged %2</translation>
    </message>
    <message>
        <source>the %1 of SIM card %L2 is kept as text, but the text is missing</source>
        <translation>the %1 of SIM card %L2 is kept as text, but the text is missing</translation>
    </message>
    <message>
        <source>SIM card %L1 names plan %L2, but the dictionary holds %L3</source>
        <translation>SIM card %L1 names plan %L2, but the dictionary holds %L3</translation>
    </message>
    <message>
        <source>SIM card %L1 has a damaged order code</source>
        <translation>SIM card %L1 has a damaged order code</translation>
    </message>
    <message>
        <source>SIM card %L1 names order prefix %L2, but the dictionary holds %L3</source>
        <translation>SIM card %L1 names order prefix %L2, but the dictionary holds %L3</translation>
    </message>
    <message>
        <source>SIM card %L1 has an unknown state (%2)</source>
        <translation>SIM card %L1 has an unknown state (%2)</translation>
    </message>
    <message>
        <source>SIM card %L1 has a data usage that is not a number</source>
        <translation>SIM card %L1 has a data usage that is not a number</translation>
    </message>
    <message>
        <source>the texts blob of part %L1 holds a text for a field that is not kept as text</source>
        <translation>the texts blob of part %L1 holds a text for a field that is not kept as text</translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards but holds %L2</source>
        <translation>it counts %L1 SIM cards but holds %L2</translation>
    </message>
    <message>
        <source>its rows do not hold together</source>
        <translation>its rows do not hold together</translation>
    </message>
</context>
<context>
    <name>cube::FleetReadCost</name>
    <message numerus="yes">
        <source>Reading %Ln SIM card(s) takes about %1 and %2 at %3 a second.</source>
        <translation>
            <numerusform>Reading %Ln SIM card takes about %1 and %2 at %3 a second.</numerusform>
            <numerusform>Reading %Ln SIM cards takes about %1 and %2 at %3 a second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln query</numerusform>
            <numerusform>%Ln queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::HistoryModel</name>
    <message>
        <source>When the change was recorded, just before it was sent, in this computer&apos;s time zone.</source>
        <translation>When the change was recorded, just before it was sent, in this computer&apos;s time zone.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Order or SIM</source>
        <translation>Order or SIM</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>Server code</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Order or SIM: %1</source>
        <translation>Order or SIM: %1</translation>
    </message>
    <message>
        <source>Outcome: %1 (%2)</source>
        <translation>Outcome: %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Answered: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Checked: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (access code %2, %3)</source>
        <translation>Profile: %1 (access code %2, %3)</translation>
    </message>
    <message>
        <source>Job %1, item %2</source>
        <translation>Job %1, item %2</translation>
    </message>
    <message>
        <source>Server: %1 %2</source>
        <translation>Server: %1 %2</translation>
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
        <source>SIM cards</source>
        <translation>SIM cards</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>Periods added</source>
        <translation>Periods added</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>Plan code</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Enable now</source>
        <translation>Enable now</translation>
    </message>
    <message>
        <source>Global order</source>
        <translation>Global order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Country code (MCC)</source>
        <translation>Country code (MCC)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Timing type</source>
        <translation>Timing type</translation>
    </message>
    <message>
        <source>Test data</source>
        <translation>Test data</translation>
    </message>
    <message>
        <source>Test flag</source>
        <translation>Test flag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field a change sent: its name and its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>Sent to the server:</translation>
    </message>
    <message numerus="yes">
        <source>Refused %Ln time(s) for the gateway&apos;s limits (HTTP 429: not acted on), then sent again</source>
        <translation>
            <numerusform>Refused %Ln time for the gateway&apos;s limits (HTTP 429: not acted on), then sent again</numerusform>
            <numerusform>Refused %Ln times for the gateway&apos;s limits (HTTP 429: not acted on), then sent again</numerusform>
        </translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>The column of who sent a change, and from which computer</extracomment>
        <translation>By</translation>
    </message>
    <message>
        <source>By: %1, with %2</source>
        <extracomment>Who sent a change, from which computer, and with which program</extracomment>
        <translation>By: %1, with %2</translation>
    </message>
</context>
<context>
    <name>cube::HistoryPage</name>
    <message>
        <source>Every change</source>
        <translation>Every change</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Every outcome</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>The journal cannot be read: %1</translation>
    </message>
    <message>
        <source>No journal of changes is kept for this connection.</source>
        <translation>No journal of changes is kept for this connection.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>The history could not be written to %1: %2. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Change in the journal</source>
        <translation>Change in the journal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %Ln change; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %Ln changes; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln change.</numerusform>
            <numerusform>%Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln change to %1.</numerusform>
            <numerusform>Exported %Ln changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>cube::Iccid</name>
    <message>
        <source>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</source>
        <translation>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</translation>
    </message>
</context>
<context>
    <name>cube::InterruptedJobBar</name>
    <message>
        <source>Chec&amp;k the unknown</source>
        <translation>Chec&amp;k the unknown</translation>
    </message>
    <message>
        <source>Reads what the changes whose answer never came did; sends nothing.</source>
        <translation>Reads what the changes whose answer never came did; sends nothing.</translation>
    </message>
    <message>
        <source>Resume jo&amp;b…</source>
        <translation>Resume jo&amp;b…</translation>
    </message>
    <message>
        <source>Sends only the changes that never reached the server.</source>
        <translation>Sends only the changes that never reached the server.</translation>
    </message>
    <message>
        <source>Hide the interrupted job</source>
        <translation>Hide the interrupted job</translation>
    </message>
    <message>
        <source>Resume job %1</source>
        <translation>Resume job %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Resuming job %1…</source>
        <translation>Resuming job %1…</translation>
    </message>
    <message>
        <source>Checking job %1…</source>
        <translation>Checking job %1…</translation>
    </message>
    <message>
        <source>Job %1 resumed: %2 done, %3 not done, %4 unknown.</source>
        <translation>Job %1 resumed: %2 done, %3 not done, %4 unknown.</translation>
    </message>
    <message>
        <source>Job %1 checked: %2 done, %3 not done, %4 unknown.</source>
        <translation>Job %1 checked: %2 done, %3 not done, %4 unknown.</translation>
    </message>
    <message>
        <source>Cut short: %1</source>
        <translation>Cut short: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more interrupted job(s): see cubectl jobs list.)</source>
        <translation>
            <numerusform>(%Ln more interrupted job: see cubectl jobs list.)</numerusform>
            <numerusform>(%Ln more interrupted jobs: see cubectl jobs list.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln change(s) of job %1 that never reached the server?</source>
        <translation>
            <numerusform>Send the %Ln change of job %1 that never reached the server?</numerusform>
            <numerusform>Send the %Ln changes of job %1 that never reached the server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
The %Ln change(s) whose answer never came are checked first, by reading only; a change whose outcome stays unknown is never sent again.</source>
        <translation>
            <numerusform>%1
The %Ln change whose answer never came is checked first, by reading only; a change whose outcome stays unknown is never sent again.</numerusform>
            <numerusform>%1
The %Ln changes whose answer never came are checked first, by reading only; a change whose outcome stays unknown is never sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::JobResumption</name>
    <message>
        <source>Job %1 was sent to the account %2 at %3; connect to that account to check or resume it.</source>
        <translation>Job %1 was sent to the account %2 at %3; connect to that account to check or resume it.</translation>
    </message>
</context>
<context>
    <name>cube::Journal</name>
    <message>
        <source>its tables could not be made</source>
        <translation>its tables could not be made</translation>
    </message>
    <message>
        <source>it was made by a newer version of Cube Console (schema %1; this version knows %2)</source>
        <translation>it was made by a newer version of Cube Console (schema %1; this version knows %2)</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>the database refused the change</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of changes that were sent could not be recorded in the journal of changes (%1): another program kept it locked. Those changes show as unknown until a check (cubectl jobs check) reads what they did.</source>
        <translation>
            <numerusform>%n step of changes that were sent could not be recorded in the journal of changes (%1): another program kept it locked. Those changes show as unknown until a check (cubectl jobs check) reads what they did.</numerusform>
            <numerusform>%n steps of changes that were sent could not be recorded in the journal of changes (%1): another program kept it locked. Those changes show as unknown until a check (cubectl jobs check) reads what they did.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more write(s) to the journal of changes failed.</source>
        <translation>
            <numerusform>%n more write to the journal of changes failed.</numerusform>
            <numerusform>%n more writes to the journal of changes failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal of changes (%1) is busy: another program kept it locked for too long. Try again in a moment, or when that program has finished.</source>
        <translation>the journal of changes (%1) is busy: another program kept it locked for too long. Try again in a moment, or when that program has finished.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>the journal of changes (%1) cannot be written (%2). Free some disk space or make the journal&apos;s folder writable, then try again.</source>
        <translation>the journal of changes (%1) cannot be written (%2). Free some disk space or make the journal&apos;s folder writable, then try again.</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>locked by another program</translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be written: %2. Further failures are counted, not shown.</source>
        <translation>The journal of changes (%1) cannot be written: %2. Further failures are counted, not shown.</translation>
    </message>
    <message>
        <source>the journal of changes in the team store %1 cannot be written (%2). Check the network and the team store&apos;s address and password in the profile, or ask whoever runs the team&apos;s server, then try again.</source>
        <translation>the journal of changes in the team store %1 cannot be written (%2). Check the network and the team store&apos;s address and password in the profile, or ask whoever runs the team&apos;s server, then try again.</translation>
    </message>
    <message>
        <source>The team store %1 lets you look only: your role there may not record changes, so none is sent. Ask whoever runs the team&apos;s server for a role that may make changes.</source>
        <translation>The team store %1 lets you look only: your role there may not record changes, so none is sent. Ask whoever runs the team&apos;s server for a role that may make changes.</translation>
    </message>
    <message>
        <source>job %1 is no longer run from here: another desk took it over while this one was cut off from the team store</source>
        <translation>job %1 is no longer run from here: another desk took it over while this one was cut off from the team store</translation>
    </message>
    <message>
        <source>Job %1 was taken over by another desk while this one had lost its connection to the team store; nothing more of it is sent from here.</source>
        <translation>Job %1 was taken over by another desk while this one had lost its connection to the team store; nothing more of it is sent from here.</translation>
    </message>
</context>
<context>
    <name>cube::JournalWords</name>
    <message>
        <source>Recorded, no answer</source>
        <translation>Recorded, no answer</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Sent, no answer</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Answer lost</source>
        <translation>Answer lost</translation>
    </message>
    <message>
        <source>Answer lost; checked: done</source>
        <translation>Answer lost; checked: done</translation>
    </message>
    <message>
        <source>Answer lost; checked: not done</source>
        <translation>Answer lost; checked: not done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Order a plan</source>
        <translation>Order a plan</translation>
    </message>
    <message>
        <source>Order a plan for many SIM cards</source>
        <translation>Order a plan for many SIM cards</translation>
    </message>
    <message>
        <source>Order a roaming plan</source>
        <translation>Order a roaming plan</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>Renew order</translation>
    </message>
    <message>
        <source>Enable order</source>
        <translation>Enable order</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>End order early</source>
        <translation>End order early</translation>
    </message>
    <message>
        <source>Suspend SIM</source>
        <translation>Suspend SIM</translation>
    </message>
    <message>
        <source>Resume SIM</source>
        <translation>Resume SIM</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Job %1: %2 × %3, started %4 by %5 (%6): %7 done, %8 not done, %9 unknown, %10 not sent.</source>
        <translation>Job %1: %2 × %3, started %4 by %5 (%6): %7 done, %8 not done, %9 unknown, %10 not sent.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Job %1 is being resumed by %2, process %3, since %4.</source>
        <translation>Job %1 is being resumed by %2, process %3, since %4.</translation>
    </message>
    <message>
        <source>Job %1 is being checked by %2, process %3, since %4.</source>
        <translation>Job %1 is being checked by %2, process %3, since %4.</translation>
    </message>
    <message>
        <source>Job %1 is being run by %2, process %3, since %4.</source>
        <translation>Job %1 is being run by %2, process %3, since %4.</translation>
    </message>
    <message>
        <source>Nothing was sent; try again when it has ended.</source>
        <translation>Nothing was sent; try again when it has ended.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were sent at %1 with no answer; they can be checked from %2.</source>
        <translation>
            <numerusform>%n item were sent at %1 with no answer; they can be checked from %2.</numerusform>
            <numerusform>%n items were sent at %1 with no answer; they can be checked from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were sent between %1 and %2 with no answer; they can be checked from %3.</source>
        <translation>
            <numerusform>%n item were sent between %1 and %2 with no answer; they can be checked from %3.</numerusform>
            <numerusform>%n items were sent between %1 and %2 with no answer; they can be checked from %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the journal: their full name and their user name on the computer</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>someone on %1</source>
        <extracomment>Who sent a change, when only the computer it came from is known</extracomment>
        <translation>someone on %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who sent a change, and the computer (host name) it came from: &quot;Wang Fang (wangf) on desk-3&quot;</extracomment>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>cube::MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube Console</translation>
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
    <message>
        <source>Journal of changes</source>
        <translation>Journal of changes</translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be written: %2

No change will be sent until it can: free some disk space or make its folder writable, then start Cube Console again.</source>
        <translation>The journal of changes (%1) cannot be written: %2

No change will be sent until it can: free some disk space or make its folder writable, then start Cube Console again.</translation>
    </message>
    <message>
        <source>The journal of changes was damaged. It was kept as %1 and a new one was started.</source>
        <translation>The journal of changes was damaged. It was kept as %1 and a new one was started.</translation>
    </message>
    <message>
        <source>The server is limiting queries: waiting %1, then going on.</source>
        <translation>The server is limiting queries: waiting %1, then going on.</translation>
    </message>
    <message>
        <source>Attent&amp;ion</source>
        <translation>Attent&amp;ion</translation>
    </message>
    <message>
        <source>Attent&amp;ion (%1)</source>
        <translation>Attent&amp;ion (%1)</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Team store: %1</translation>
    </message>
    <message>
        <source>Team store: %1 (cannot be reached)</source>
        <translation>Team store: %1 (cannot be reached)</translation>
    </message>
    <message>
        <source>The journal of changes is kept in the team store %1, shared by the team&apos;s desks.</source>
        <translation>The journal of changes is kept in the team store %1, shared by the team&apos;s desks.</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached (%2): no change is sent until it can.</source>
        <translation>The team store %1 cannot be reached (%2): no change is sent until it can.</translation>
    </message>
</context>
<context>
    <name>cube::OrderActions</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Enable order</source>
        <translation>Enable order</translation>
    </message>
    <message>
        <source>Choose an order first.</source>
        <translation>Choose an order first.</translation>
    </message>
    <message>
        <source>This order is paused: resume its SIM card first.</source>
        <translation>This order is paused: resume its SIM card first.</translation>
    </message>
    <message>
        <source>Only an order in use can be ended early.</source>
        <translation>Only an order in use can be ended early.</translation>
    </message>
    <message>
        <source>Only one order, not enabled yet, can be cancelled at a time.</source>
        <translation>Only one order, not enabled yet, can be cancelled at a time.</translation>
    </message>
    <message>
        <source>Only one order, not enabled yet, can be enabled at a time.</source>
        <translation>Only one order, not enabled yet, can be enabled at a time.</translation>
    </message>
    <message>
        <source>Only one order in use can be renewed at a time.</source>
        <translation>Only one order in use can be renewed at a time.</translation>
    </message>
    <message>
        <source>Cancel order %1 of plan “%2” for SIM card %3?</source>
        <translation>Cancel order %1 of plan “%2” for SIM card %3?</translation>
    </message>
    <message>
        <source>The order has not been enabled yet. Cancelling it means it never runs: it cannot be enabled again.</source>
        <translation>The order has not been enabled yet. Cancelling it means it never runs: it cannot be enabled again.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Order %1 cancelled (plan “%2”, SIM card %3).</source>
        <translation>Order %1 cancelled (plan “%2”, SIM card %3).</translation>
    </message>
    <message>
        <source>Enable order %1 of plan “%2” for SIM card %3 now?</source>
        <translation>Enable order %1 of plan “%2” for SIM card %3 now?</translation>
    </message>
    <message>
        <source>Its period starts at once, and so does its data.</source>
        <translation>Its period starts at once, and so does its data.</translation>
    </message>
    <message>
        <source>Enable the order</source>
        <translation>Enable the order</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Order %1 enabled (plan “%2”, SIM card %3).</source>
        <translation>Order %1 enabled (plan “%2”, SIM card %3).</translation>
    </message>
    <message>
        <source>Order %1 enabled (plan “%2”, SIM card %3); it runs until %4.</source>
        <translation>Order %1 enabled (plan “%2”, SIM card %3); it runs until %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>action, order code, what went wrong</comment>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>cube::OrderCode</name>
    <message>
        <source>the order code is empty.</source>
        <translation>the order code is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order code: an order code has 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is not an order code: an order code has 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
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
    <message>
        <source>SIM card %1</source>
        <translation>SIM card %1</translation>
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
        <source>Order plan</source>
        <translation>Order plan</translation>
    </message>
    <message numerus="yes">
        <source>Order a plan for %Ln SIM card(s)</source>
        <translation>
            <numerusform>Order a plan for %Ln SIM card</numerusform>
            <numerusform>Order a plan for %Ln SIM cards</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation>&amp;Order…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s): %1</source>
        <translation>
            <numerusform>%Ln SIM card: %1</numerusform>
            <numerusform>%Ln SIM cards: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation>Choose a plan…</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM card</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Result for each SIM card</source>
        <translation>Result for each SIM card</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>plan name, terms</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a plan to see its price.</source>
        <translation>Choose a plan to see its price.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln SIM card(s)</source>
        <translation>
            <numerusform>%1 for %Ln SIM card</numerusform>
            <numerusform>%1 for %Ln SIM cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Confirm the order</translation>
    </message>
    <message>
        <source>Look at the SIM card&apos;s orders before ordering again.</source>
        <translation>Look at the SIM card&apos;s orders before ordering again.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not name this SIM card; look at its orders before ordering again.</source>
        <translation>The server&apos;s answer does not name this SIM card; look at its orders before ordering again.</translation>
    </message>
    <message>
        <source>Placed; runs from %1 to %2</source>
        <translation>Placed; runs from %1 to %2</translation>
    </message>
    <message>
        <source>Placed; starts when it is enabled</source>
        <translation>Placed; starts when it is enabled</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Not placed: %1</translation>
    </message>
    <message>
        <source>Not known whether it was placed: %1</source>
        <translation>Not known whether it was placed: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>ICCID: order code, result</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 for SIM %3.</source>
        <translation>Order %1 placed: %2 for SIM %3.</translation>
    </message>
    <message>
        <source>Ordering %1 for SIM %2: %3</source>
        <translation>Ordering %1 for SIM %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) placed.</source>
        <translation>
            <numerusform>%Ln order placed.</numerusform>
            <numerusform>%Ln orders placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) not ordered: see the list.</source>
        <translation>
            <numerusform>%Ln SIM card not ordered: see the list.</numerusform>
            <numerusform>%Ln SIM cards not ordered: see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln SIM card(s) it is not known whether an order was placed: look at their orders before ordering again.</source>
        <translation>
            <numerusform>For %Ln SIM card it is not known whether an order was placed: look at their orders before ordering again.</numerusform>
            <numerusform>For %Ln SIM cards it is not known whether an order was placed: look at their orders before ordering again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) placed.</source>
        <translation>
            <numerusform>%1: %Ln order placed.</numerusform>
            <numerusform>%1: %Ln orders placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln order(s) placed; the order dialog and the session log list the others.</source>
        <translation>
            <numerusform>%1: %2 of %Ln order placed; the order dialog and the session log list the others.</numerusform>
            <numerusform>%1: %2 of %Ln orders placed; the order dialog and the session log list the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln SIM card</numerusform>
            <numerusform>%Ln SIM cards</numerusform>
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
    <message>
        <source>not started</source>
        <translation>not started</translation>
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
    <message>
        <source>Could not load the orders</source>
        <translation>Could not load the orders</translation>
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
    <message>
        <source>Type all its digits, or clear the field to see the orders of every SIM.</source>
        <translation>Type all its digits, or clear the field to see the orders of every SIM.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found.</source>
        <translation>
            <numerusform>%Ln order found.</numerusform>
            <numerusform>%Ln orders found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Page %L1 of %L2</translation>
    </message>
</context>
<context>
    <name>cube::PageWalk</name>
    <message>
        <source>the server&apos;s paging is inconsistent: %1</source>
        <translation>the server&apos;s paging is inconsistent: %1</translation>
    </message>
    <message>
        <source>page %1 was asked for and page %2 came</source>
        <translation>page %1 was asked for and page %2 came</translation>
    </message>
    <message>
        <source>page %1 of %2 is empty</source>
        <translation>page %1 of %2 is empty</translation>
    </message>
    <message>
        <source>%1 rows were read, more than the %2 it counts, and it claims more</source>
        <translation>%1 rows were read, more than the %2 it counts, and it claims more</translation>
    </message>
    <message>
        <source>the listing goes on past %1 rows, the most that is read</source>
        <translation>the listing goes on past %1 rows, the most that is read</translation>
    </message>
</context>
<context>
    <name>cube::PlanOrderSummary</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>%1, %2, %3 a period</source>
        <translation>%1, %2, %3 a period</translation>
    </message>
    <message>
        <source>Order “%1” for SIM card %2: %3?</source>
        <translation>Order “%1” for SIM card %2: %3?</translation>
    </message>
    <message numerus="yes">
        <source>Order “%1” for %Ln SIM card(s): %2 in all?</source>
        <translation>
            <numerusform>Order “%1” for %Ln SIM card: %2 in all?</numerusform>
            <numerusform>Order “%1” for %Ln SIM cards: %2 in all?</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM card: %1</source>
        <translation>SIM card: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between ICCIDs</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more (all in the details)</source>
        <translation>
            <numerusform>%1 and %Ln more (all in the details)</numerusform>
            <numerusform>%1 and %Ln more (all in the details)</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM cards (%L1): %2</source>
        <translation>SIM cards (%L1): %2</translation>
    </message>
    <message>
        <source>Plan: %1 (%2)</source>
        <translation>Plan: %1 (%2)</translation>
    </message>
    <message>
        <source>Periods: %L1</source>
        <translation>Periods: %L1</translation>
    </message>
    <message>
        <source>Amount: %1 for each SIM card, %2 in all</source>
        <translation>Amount: %1 for each SIM card, %2 in all</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Payment: %1</translation>
    </message>
    <message>
        <source>Payment: %1, %2</source>
        <comment>paid or not, method</comment>
        <translation>Payment: %1, %2</translation>
    </message>
    <message>
        <source>Start: enabled now; each order&apos;s period starts at once</source>
        <translation>Start: enabled now; each order&apos;s period starts at once</translation>
    </message>
    <message>
        <source>Start: enabled now; its period starts at once</source>
        <translation>Start: enabled now; its period starts at once</translation>
    </message>
    <message>
        <source>Start: not enabled now; each order waits until it is enabled</source>
        <translation>Start: not enabled now; each order waits until it is enabled</translation>
    </message>
    <message>
        <source>Start: not enabled now; it waits until it is enabled</source>
        <translation>Start: not enabled now; it waits until it is enabled</translation>
    </message>
    <message>
        <source>Place the order</source>
        <translation>Place the order</translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln order(s)</source>
        <translation>
            <numerusform>Place %Ln order</numerusform>
            <numerusform>Place %Ln orders</numerusform>
        </translation>
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
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
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
        <source>Enter the secret issued with the access code.</source>
        <translation>Enter the secret issued with the access code.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>If a guessed path answers “no such path”, try:</source>
        <translation>If a guessed path answers “no such path”, try:</translation>
    </message>
    <message>
        <source>US and Canada Pacific (winter)</source>
        <translation>US and Canada Pacific (winter)</translation>
    </message>
    <message>
        <source>Mexico, US and Canada Central (winter)</source>
        <translation>Mexico, US and Canada Central (winter)</translation>
    </message>
    <message>
        <source>Colombia, Peru, US Eastern (winter)</source>
        <translation>Colombia, Peru, US Eastern (winter)</translation>
    </message>
    <message>
        <source>Brazil (São Paulo), Argentina</source>
        <translation>Brazil (São Paulo), Argentina</translation>
    </message>
    <message>
        <source>Universal time; UK and Portugal (winter)</source>
        <translation>Universal time; UK and Portugal (winter)</translation>
    </message>
    <message>
        <source>Central Europe (winter), Nigeria</source>
        <translation>Central Europe (winter), Nigeria</translation>
    </message>
    <message>
        <source>South Africa, Egypt, Eastern Europe (winter)</source>
        <translation>South Africa, Egypt, Eastern Europe (winter)</translation>
    </message>
    <message>
        <source>Moscow, Turkey, Saudi Arabia</source>
        <translation>Moscow, Turkey, Saudi Arabia</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>United Arab Emirates</translation>
    </message>
    <message>
        <source>Pakistan, Uzbekistan</source>
        <translation>Pakistan, Uzbekistan</translation>
    </message>
    <message>
        <source>India, Sri Lanka</source>
        <translation>India, Sri Lanka</translation>
    </message>
    <message>
        <source>Thailand, Vietnam, Jakarta</source>
        <translation>Thailand, Vietnam, Jakarta</translation>
    </message>
    <message>
        <source>China, Hong Kong, Singapore</source>
        <translation>China, Hong Kong, Singapore</translation>
    </message>
    <message>
        <source>Japan, South Korea</source>
        <translation>Japan, South Korea</translation>
    </message>
    <message>
        <source>Sydney, Melbourne (winter)</source>
        <translation>Sydney, Melbourne (winter)</translation>
    </message>
    <message>
        <source>New Zealand (winter)</source>
        <translation>New Zealand (winter)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Trusted certificates</translation>
    </message>
    <message>
        <source>Seconds (what the vendor&apos;s servers expect)</source>
        <translation>Seconds (what the vendor&apos;s servers expect)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (the vendor&apos;s servers)</source>
        <translation>%1 (the vendor&apos;s servers)</translation>
    </message>
    <message>
        <source>Only for a gateway with a private certificate authority</source>
        <translation>Only for a gateway with a private certificate authority</translation>
    </message>
    <message>
        <source>Only when the server answers “no such path” for an operation: one operation=path a line. The “no such path” message names the path to try.</source>
        <translation>Only when the server answers “no such path” for an operation: one operation=path a line. The “no such path” message names the path to try.</translation>
    </message>
    <message>
        <source>Type the secret to test the connection with it.</source>
        <translation>Type the secret to test the connection with it.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %Ln SIM card(s).</source>
        <translation>
            <numerusform>Connected: the account has %Ln SIM card.</numerusform>
            <numerusform>Connected: the account has %Ln SIM cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The server answered HTTP %1.)</source>
        <translation>(The server answered HTTP %1.)</translation>
    </message>
    <message>
        <source>(The server&apos;s code: %1.)</source>
        <translation>(The server&apos;s code: %1.)</translation>
    </message>
    <message>
        <source>(The server said: %1, code %2.)</source>
        <translation>(The server said: %1, code %2.)</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s time: check this computer&apos;s clock and, in the advanced settings, the unit request times are sent in.</source>
        <translation>The server did not accept the request&apos;s time: check this computer&apos;s clock and, in the advanced settings, the unit request times are sent in.</translation>
    </message>
    <message>
        <source>The server did not accept the secret: check the access code and the secret.</source>
        <translation>The server did not accept the secret: check the access code and the secret.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server refused the test read; its words may say why.</source>
        <translation>The server refused the test read; its words may say why.</translation>
    </message>
    <message>
        <source>postgresql://host:5432/cube</source>
        <translation>postgresql://host:5432/cube</translation>
    </message>
    <message>
        <source>Only when the team store needs one</source>
        <translation>Only when the team store needs one</translation>
    </message>
</context>
<context>
    <name>cube::QuotaLabel</name>
    <message>
        <source>Queries today: %1 of %2</source>
        <translation>Queries today: %1 of %2</translation>
    </message>
    <message>
        <source>Queries this computer sent to the account today (the server&apos;s day, %1), counted by the console and cubectl together. The gateway allows %2 a day for each IP address: everyone at a desk behind one address shares them.</source>
        <translation>Queries this computer sent to the account today (the server&apos;s day, %1), counted by the console and cubectl together. The gateway allows %2 a day for each IP address: everyone at a desk behind one address shares them.</translation>
    </message>
</context>
<context>
    <name>cube::RenewOrderDialog</name>
    <message>
        <source>Renew order %1</source>
        <translation>Renew order %1</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>Order %1 of plan “%2” for SIM card %3. Renewing adds periods to it and moves its expiry later; it stays in use.</source>
        <translation>Order %1 of plan “%2” for SIM card %3. Renewing adds periods to it and moves its expiry later; it stays in use.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>The plan %1 is not in the account&apos;s plan list.</source>
        <translation>The plan %1 is not in the account&apos;s plan list.</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) (%1 plan)</source>
        <translation>
            <numerusform>%Ln day (%1 plan)</numerusform>
            <numerusform>%Ln days (%1 plan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Not known: %1</translation>
    </message>
    <message>
        <source>the plan&apos;s kind (%1) is not a known one.</source>
        <translation>the plan&apos;s kind (%1) is not a known one.</translation>
    </message>
    <message>
        <source>not known: the server did not say</source>
        <translation>not known: the server did not say</translation>
    </message>
    <message>
        <source>%1 (expected; the server sets it)</source>
        <extracomment>The server computes the new expiry; the console&apos;s is what it expects</extracomment>
        <translation>%1 (expected; the server sets it)</translation>
    </message>
    <message>
        <source>not known until the server answers</source>
        <translation>not known until the server answers</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 renewed by %Ln period(s); it now expires %2.</source>
        <translation>
            <numerusform>Order %1 renewed by %Ln period; it now expires %2.</numerusform>
            <numerusform>Order %1 renewed by %Ln periods; it now expires %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 renewed by %Ln period(s).</source>
        <translation>
            <numerusform>Order %1 renewed by %Ln period.</numerusform>
            <numerusform>Order %1 renewed by %Ln periods.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not renewed: %2</source>
        <translation>Order %1 was not renewed: %2</translation>
    </message>
    <message>
        <source>Order %1: not known whether it was renewed. %2</source>
        <translation>Order %1: not known whether it was renewed. %2</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>Renew order</translation>
    </message>
    <message>
        <source>Stopping after the order being sent…</source>
        <translation>Stopping after the order being sent…</translation>
    </message>
    <message>
        <source>Renewed; it now expires %1.</source>
        <translation>Renewed; it now expires %1.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %Ln order(s)</source>
        <translation>
            <numerusform>Renew %Ln order</numerusform>
            <numerusform>Renew %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) in use. Renewing adds the same number of periods to each and moves its expiry later; each stays in use. They are renewed one after another.</source>
        <translation>
            <numerusform>%Ln order in use. Renewing adds the same number of periods to each and moves its expiry later; each stays in use. They are renewed one after another.</numerusform>
            <numerusform>%Ln orders in use. Renewing adds the same number of periods to each and moves its expiry later; each stays in use. They are renewed one after another.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM card</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Expires now</translation>
    </message>
    <message>
        <source>Expires after renewing</source>
        <translation>Expires after renewing</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
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
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Renewed.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two counts of a Renew job: &quot;3 orders renewed&quot; and &quot;1 failed or not sent.&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) renewed</source>
        <translation>
            <numerusform>%Ln order renewed</numerusform>
            <numerusform>%Ln orders renewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed or not sent.</source>
        <translation>
            <numerusform>%Ln failed or not sent.</numerusform>
            <numerusform>%Ln failed or not sent.</numerusform>
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
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln characters can be sent.</source>
        <translation>
            <numerusform>At most %Ln characters can be sent.</numerusform>
            <numerusform>At most %Ln characters can be sent.</numerusform>
        </translation>
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
        <source>SIM card %1 suspended.</source>
        <translation>SIM card %1 suspended.</translation>
    </message>
    <message>
        <source>SIM card %1 resumed.</source>
        <translation>SIM card %1 resumed.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>action, ICCID, what went wrong</comment>
        <translation>%1 %2: %3</translation>
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
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <source>By %1 with %2</source>
        <translation>By %1 with %2</translation>
    </message>
    <message>
        <source>%1-day rate: %2 MB a day</source>
        <translation>%1-day rate: %2 MB a day</translation>
    </message>
    <message>
        <source>No forecast: the SIM card&apos;s orders could not be read.</source>
        <translation>No forecast: the SIM card&apos;s orders could not be read.</translation>
    </message>
    <message>
        <source>No forecast: the SIM card has no order in use.</source>
        <translation>No forecast: the SIM card has no order in use.</translation>
    </message>
    <message>
        <source>No forecast: the data used on one of the last %1 days could not be read.</source>
        <translation>No forecast: the data used on one of the last %1 days could not be read.</translation>
    </message>
    <message>
        <source>No forecast: the high-speed data left could not be read.</source>
        <translation>No forecast: the high-speed data left could not be read.</translation>
    </message>
    <message>
        <source>★ Wat&amp;ched</source>
        <translation>★ Wat&amp;ched</translation>
    </message>
    <message>
        <source>☆ Wat&amp;ch</source>
        <translation>☆ Wat&amp;ch</translation>
    </message>
    <message>
        <source>The watchlist could not be saved: %1</source>
        <translation>The watchlist could not be saved: %1</translation>
    </message>
    <message>
        <source>SIM %1 is watched: it is read in full at each look on the Attention tab.</source>
        <translation>SIM %1 is watched: it is read in full at each look on the Attention tab.</translation>
    </message>
    <message>
        <source>SIM %1 is no longer watched.</source>
        <translation>SIM %1 is no longer watched.</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>The end of a line of a SIM&apos;s timeline: who sent the change</extracomment>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>cube::SimListPage</name>
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
        <source>Loading… %1 of %2 SIM cards</source>
        <translation>Loading… %1 of %2 SIM cards</translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation>Export SIM cards</translation>
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
        <source>Loading cancelled: %Ln SIM card(s) shown.</source>
        <translation>
            <numerusform>Loading cancelled: %Ln SIM card shown.</numerusform>
            <numerusform>Loading cancelled: %Ln SIM cards shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln SIM card</numerusform>
            <numerusform>%Ln SIM cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %Ln SIM card(s)</source>
        <translation>
            <numerusform>Matching: %1 of %Ln SIM card</numerusform>
            <numerusform>Matching: %1 of %Ln SIM cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln SIM card(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln SIM card to %1.</numerusform>
            <numerusform>Exported %Ln SIM cards to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) selected from the pasted list.</source>
        <translation>
            <numerusform>%Ln SIM card selected from the pasted list.</numerusform>
            <numerusform>%Ln SIM cards selected from the pasted list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SIM list could not be kept for the next start: %1</source>
        <translation>The SIM list could not be kept for the next start: %1</translation>
    </message>
    <message>
        <source>The SIM list cache was cleared.</source>
        <translation>The SIM list cache was cleared.</translation>
    </message>
    <message>
        <source>The SIM list cache could not be cleared: %1</source>
        <translation>The SIM list cache could not be cleared: %1</translation>
    </message>
    <message>
        <source>Cached list as of %1; refreshing…</source>
        <translation>Cached list as of %1; refreshing…</translation>
    </message>
    <message>
        <source>Read the whole SIM list?</source>
        <translation>Read the whole SIM list?</translation>
    </message>
    <message>
        <source>The SIM list is the cached one; Reload (F5) reads it again.</source>
        <translation>The SIM list is the cached one; Reload (F5) reads it again.</translation>
    </message>
    <message>
        <source>Cached list as of %1 (Reload reads it again)</source>
        <translation>Cached list as of %1 (Reload reads it again)</translation>
    </message>
    <message>
        <source> (about %1 left)</source>
        <translation> (about %1 left)</translation>
    </message>
    <message>
        <source>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Read it anyway?</source>
        <translation>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Read it anyway?</translation>
    </message>
    <message>
        <source>%1; loading %2 of %3</source>
        <translation>%1; loading %2 of %3</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Watch</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Stop &amp;watching</translation>
    </message>
    <message>
        <source>Watched SIMs are read in full (usage and days) at each look on the Attention tab</source>
        <translation>Watched SIMs are read in full (usage and days) at each look on the Attention tab</translation>
    </message>
    <message>
        <source>The watchlist could not be saved: %1</source>
        <translation>The watchlist could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) watched: read in full at each look on the Attention tab.</source>
        <translation>
            <numerusform>%Ln SIM card watched: read in full at each look on the Attention tab.</numerusform>
            <numerusform>%Ln SIM cards watched: read in full at each look on the Attention tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) no longer watched.</source>
        <translation>
            <numerusform>%Ln SIM card no longer watched.</numerusform>
            <numerusform>%Ln SIM cards no longer watched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::SimNote</name>
    <message>
        <source>A tag cannot be empty: give it 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>A tag cannot be empty: give it 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is %2 characters long; a tag has at most %3.</source>
        <translation>The tag &quot;%1&quot; is %2 characters long; a tag has at most %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a tag: a tag has only the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (no spaces; upper case is made lower).</source>
        <translation>&quot;%1&quot; cannot be a tag: a tag has only the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (no spaces; upper case is made lower).</translation>
    </message>
    <message>
        <source>The note is %1 characters long; a note has at most %2. Shorten it by %3.</source>
        <translation>The note is %1 characters long; a note has at most %2. Shorten it by %3.</translation>
    </message>
</context>
<context>
    <name>cube::SimNoteEditor</name>
    <message>
        <source>The note of SIM %1 is not saved: it is kept as a draft. Choose that SIM card again to save it.</source>
        <translation>The note of SIM %1 is not saved: it is kept as a draft. Choose that SIM card again to save it.</translation>
    </message>
    <message>
        <source>The note of SIM %1 was not saved: %2</source>
        <translation>The note of SIM %1 was not saved: %2</translation>
    </message>
    <message>
        <source>The note of SIM %1 is saved on this computer.</source>
        <translation>The note of SIM %1 is saved on this computer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>A draft from before, not saved yet: Ctrl+S saves it.</source>
        <translation>A draft from before, not saved yet: Ctrl+S saves it.</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves it.</source>
        <translation>Not saved yet: Ctrl+S saves it.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>No note yet.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>Changed %1.</translation>
    </message>
    <message>
        <source>Changed by %1, %2.</source>
        <extracomment>Who changed a SIM card&apos;s note last, and when</extracomment>
        <translation>Changed by %1, %2.</translation>
    </message>
    <message>
        <source>A note on this SIM card (up to %1 characters), kept on this computer for this account and found by the SIM list&apos;s search. Ctrl+S saves it.</source>
        <translation>A note on this SIM card (up to %1 characters), kept on this computer for this account and found by the SIM list&apos;s search. Ctrl+S saves it.</translation>
    </message>
    <message>
        <source>Tags of 1 to %1 of the letters a to z, the digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, separated by spaces or commas. Search tag:acme in the SIM list for the SIM cards tagged acme.</source>
        <translation>Tags of 1 to %1 of the letters a to z, the digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, separated by spaces or commas. Search tag:acme in the SIM list for the SIM cards tagged acme.</translation>
    </message>
</context>
<context>
    <name>cube::SimNotes</name>
    <message>
        <source>The notes of the SIM cards could not be read: %1</source>
        <translation>The notes of the SIM cards could not be read: %1</translation>
    </message>
</context>
<context>
    <name>cube::SimNotesStore</name>
    <message>
        <source>The file of the SIM cards&apos; notes and tags was damaged and was set aside as %1; a new one was started. The notes can be read from the old file with sqlite3.</source>
        <translation>The file of the SIM cards&apos; notes and tags was damaged and was set aside as %1; a new one was started. The notes can be read from the old file with sqlite3.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</source>
        <translation>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</translation>
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
    <message>
        <source>Watched: read in full at each look on the Attention tab</source>
        <translation>Watched: read in full at each look on the Attention tab</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>★ marks a watched SIM card: it is read in full (usage and days) at each look on the Attention tab.</source>
        <translation>★ marks a watched SIM card: it is read in full (usage and days) at each look on the Attention tab.</translation>
    </message>
    <message>
        <source>The tags (#acme) and the first line of the note kept on this computer for the SIM card, edited in its detail. Search tag:acme for the SIM cards tagged acme, or words of a note.</source>
        <translation>The tags (#acme) and the first line of the note kept on this computer for the SIM card, edited in its detail. Search tag:acme for the SIM cards tagged acme, or words of a note.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>The list&apos;s column of the tags and the note kept on a SIM card</extracomment>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cube::SqliteFile</name>
    <message>
        <source>the file is damaged and could not be set aside</source>
        <translation>the file is damaged and could not be set aside</translation>
    </message>
</context>
<context>
    <name>cube::StoredBlobReader</name>
    <message numerus="yes">
        <source>%1 is %n byte(s) short</source>
        <translation>
            <numerusform>%1 is %n byte short</numerusform>
            <numerusform>%1 is %n bytes short</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %L2 bytes short</source>
        <translation>%1 is %L2 bytes short</translation>
    </message>
    <message>
        <source>%1 holds a text of an odd number of bytes</source>
        <translation>%1 holds a text of an odd number of bytes</translation>
    </message>
    <message>
        <source>%1 counts %L2 entries but has room for %L3 at most</source>
        <translation>%1 counts %L2 entries but has room for %L3 at most</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n byte(s) left over</source>
        <translation>
            <numerusform>%1 has %n byte left over</numerusform>
            <numerusform>%1 has %n bytes left over</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %L2 bytes left over</source>
        <translation>%1 has %L2 bytes left over</translation>
    </message>
</context>
<context>
    <name>cube::TableCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>cube::TeamStore</name>
    <message>
        <source>a team store&apos;s address reads postgresql://host:5432/database (with user@ before the host when the user is not yours)</source>
        <translation>a team store&apos;s address reads postgresql://host:5432/database (with user@ before the host when the user is not yours)</translation>
    </message>
    <message>
        <source>the team store&apos;s address names no host: postgresql://HOST:5432/database</source>
        <translation>the team store&apos;s address names no host: postgresql://HOST:5432/database</translation>
    </message>
    <message>
        <source>the team store&apos;s address names no database: postgresql://%1/DATABASE</source>
        <translation>the team store&apos;s address names no database: postgresql://%1/DATABASE</translation>
    </message>
    <message>
        <source>the team store&apos;s password belongs in the password field (kept in the keychain), not in its address</source>
        <translation>the team store&apos;s password belongs in the password field (kept in the keychain), not in its address</translation>
    </message>
</context>
<context>
    <name>cube::TeamStoreDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>no connection to the team store: %1</source>
        <translation>no connection to the team store: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>cube::WaitWords</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cube::WatchSimsDialog</name>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Watch</translation>
    </message>
    <message>
        <source>89852022010000000001
89852022010000000002</source>
        <translation>89852022010000000001
89852022010000000002</translation>
    </message>
    <message>
        <source>The watchlist could not be changed: %1</source>
        <translation>The watchlist could not be changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) added to the watchlist</source>
        <translation>
            <numerusform>%Ln SIM card added to the watchlist</numerusform>
            <numerusform>%Ln SIM cards added to the watchlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln already on it)</source>
        <translation>
            <numerusform> (%Ln already on it)</numerusform>
            <numerusform> (%Ln already on it)</numerusform>
        </translation>
    </message>
    <message>
        <source>; it now has %1.</source>
        <translation>; it now has %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pasted text(s) are not ICCIDs and were left in the field:</source>
        <translation>
            <numerusform>%Ln pasted text is not an ICCID and was left in the field:</numerusform>
            <numerusform>%Ln pasted texts are not ICCIDs and were left in the field:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::WatchlistStore</name>
    <message>
        <source>the team store&apos;s watchlist was made by a newer version of Cube Console (schema %1; this version knows %2)</source>
        <translation>the team store&apos;s watchlist was made by a newer version of Cube Console (schema %1; this version knows %2)</translation>
    </message>
    <message>
        <source>the team store refused the change</source>
        <translation>the team store refused the change</translation>
    </message>
</context>
<context>
    <name>cube::WriteOutcome</name>
    <message>
        <source>The answer was lost, but a new look shows the order %1.</source>
        <translation>The answer was lost, but a new look shows the order %1.</translation>
    </message>
    <message>
        <source>The answer was lost, but a new look shows the change was made.</source>
        <translation>The answer was lost, but a new look shows the change was made.</translation>
    </message>
    <message>
        <source>The answer was lost and a new look shows the order still %1; it was not sent again.</source>
        <translation>The answer was lost and a new look shows the order still %1; it was not sent again.</translation>
    </message>
    <message>
        <source>The answer was lost and a new look shows no change; it was not sent again.</source>
        <translation>The answer was lost and a new look shows no change; it was not sent again.</translation>
    </message>
</context>
<context>
    <name>cube::cli::AttentionCommands</name>
    <message>
        <source>--reason takes one or more of: %1.</source>
        <translation>--reason takes one or more of: %1.</translation>
    </message>
    <message>
        <source>--low-data takes a percent of the plan&apos;s data from 0 to 100 (“10%”) or an amount of MB (“50MB”), not “%1”.</source>
        <translation>--low-data takes a percent of the plan&apos;s data from 0 to 100 (“10%”) or an amount of MB (“50MB”), not “%1”.</translation>
    </message>
    <message>
        <source>List what needs attention, as the console&apos;s Attention tab (exit status 1 when anything does).</source>
        <translation>List what needs attention, as the console&apos;s Attention tab (exit status 1 when anything does).</translation>
    </message>
    <message>
        <source>Looks at the account as the console does, by the rules of the profile (its Attention settings, else 7 days before expiry and 10% of the plan&apos;s data): orders in use that expire soon or expired since the console last showed them, SIM cards with little high-speed data left or whose last 7 days&apos; rate runs their plan out before it expires, activated SIM cards with no plan, suspended ones and those in pre-deactivation. The SIM list comes from the local cache while it is recent enough (the profile says for how long), else it is read; the orders in use likewise, and the watched SIM cards (cubectl watch) are read in full. Each reading says its cost in queries first; one that passes what is left of today&apos;s quota is not made without --yes.
One row per item, most urgent first: the reason (its key in JSON and CSV), the ICCID, the order, the plan, the day it matters, the high-speed data left, the MB a day it is used at, and whether it is watched.</source>
        <translation>Looks at the account as the console does, by the rules of the profile (its Attention settings, else 7 days before expiry and 10% of the plan&apos;s data): orders in use that expire soon or expired since the console last showed them, SIM cards with little high-speed data left or whose last 7 days&apos; rate runs their plan out before it expires, activated SIM cards with no plan, suspended ones and those in pre-deactivation. The SIM list comes from the local cache while it is recent enough (the profile says for how long), else it is read; the orders in use likewise, and the watched SIM cards (cubectl watch) are read in full. Each reading says its cost in queries first; one that passes what is left of today&apos;s quota is not made without --yes.
One row per item, most urgent first: the reason (its key in JSON and CSV), the ICCID, the order, the plan, the day it matters, the high-speed data left, the MB a day it is used at, and whether it is watched.</translation>
    </message>
    <message>
        <source>Exit status: 0 nothing needs attention, 1 something does, 2 usage error or a reading beyond today&apos;s quota without --yes, 3 the look could not be made (connection, authentication, the server&apos;s answers), or part of it could not be read and nothing was found.</source>
        <translation>Exit status: 0 nothing needs attention, 1 something does, 2 usage error or a reading beyond today&apos;s quota without --yes, 3 the look could not be made (connection, authentication, the server&apos;s answers), or part of it could not be read and nothing was found.</translation>
    </message>
    <message>
        <source>Only items of this reason (repeat it, or separate reasons with commas): %1. A reason the profile switched off is looked for when named.</source>
        <translation>Only items of this reason (repeat it, or separate reasons with commas): %1. A reason the profile switched off is looked for when named.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Read the orders in use again even when the kept listing is recent enough.</source>
        <translation>Read the orders in use again even when the kept listing is recent enough.</translation>
    </message>
    <message>
        <source>For this run: orders that expire within N days (0–366) need attention.</source>
        <translation>For this run: orders that expire within N days (0–366) need attention.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For this run: little data left is below N percent of the plan&apos;s data (“10%”, “10”) or below N MB (“50MB”).</source>
        <translation>For this run: little data left is below N percent of the plan&apos;s data (“10%”, “10”) or below N MB (“50MB”).</translation>
    </message>
    <message>
        <source>N[%|MB]</source>
        <translation>N[%|MB]</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Left (MB)</source>
        <translation>Left (MB)</translation>
    </message>
    <message>
        <source>MB a day</source>
        <translation>MB a day</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>SIM cards looked at: %1; orders in use: %2.</source>
        <translation>SIM cards looked at: %1; orders in use: %2.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n item needs attention.</numerusform>
            <numerusform>%n items need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::cli::AttentionLook</name>
    <message>
        <source>The SIM list cached at %1 is recent: it is looked at without reading it again.</source>
        <translation>The SIM list cached at %1 is recent: it is looked at without reading it again.</translation>
    </message>
    <message>
        <source>The cached SIM list is old: it is read again.</source>
        <translation>The cached SIM list is old: it is read again.</translation>
    </message>
    <message>
        <source>Reading the SIM list: %1 of %2</source>
        <translation>Reading the SIM list: %1 of %2</translation>
    </message>
    <message>
        <source>The SIM list could not be read: %1</source>
        <translation>The SIM list could not be read: %1</translation>
    </message>
    <message>
        <source>The SIM list could not be kept for the next look: %1</source>
        <translation>The SIM list could not be kept for the next look: %1</translation>
    </message>
    <message>
        <source>No SIM list is cached for this account: it is read.</source>
        <translation>No SIM list is cached for this account: it is read.</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommandJob</name>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>%1 of %2 done, %3 failed</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommandRun</name>
    <message>
        <source>Missing arguments: %1.</source>
        <translation>Missing arguments: %1.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Too many arguments: %1.</translation>
    </message>
    <message>
        <source>--from: cannot read %1: %2.</source>
        <translation>--from: cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Nothing to work on: give %1 as arguments, with --from FILE, or on standard input (-).</source>
        <translation>Nothing to work on: give %1 as arguments, with --from FILE, or on standard input (-).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>--secret-stdin cannot be used with a list on standard input; use --from FILE or CUBE_SECRET.</source>
        <translation>--secret-stdin cannot be used with a list on standard input; use --from FILE or CUBE_SECRET.</translation>
    </message>
    <message>
        <source>Not confirmed: there is no terminal to ask on. Add --yes to go ahead.</source>
        <translation>Not confirmed: there is no terminal to ask on. Add --yes to go ahead.</translation>
    </message>
    <message>
        <source>Type “yes” to go on: </source>
        <translation>Type “yes” to go on: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nothing was done.</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connecting to %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) shown; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n change shown; nothing was sent.</numerusform>
            <numerusform>Dry run: %n changes shown; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “cubectl %1 --help” to see its arguments and options.</source>
        <translation>Run “cubectl %1 --help” to see its arguments and options.</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Reading page %1 of %2…</translation>
    </message>
    <message>
        <source>this was a dry run.</source>
        <translation>this was a dry run.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>The journal of changes was damaged; it was kept as %1 and a new one was started.</source>
        <translation>The journal of changes was damaged; it was kept as %1 and a new one was started.</translation>
    </message>
    <message>
        <source>The server is limiting queries: waiting %1, then going on.</source>
        <translation>The server is limiting queries: waiting %1, then going on.</translation>
    </message>
    <message>
        <source>This takes about %1, and only %2 of today&apos;s %3 are left: the gateway&apos;s daily quota, shared by everyone behind this computer&apos;s IP address (cubectl quota). Nothing more was sent; give --yes to send them anyway.</source>
        <translation>This takes about %1, and only %2 of today&apos;s %3 are left: the gateway&apos;s daily quota, shared by everyone behind this computer&apos;s IP address (cubectl quota). Nothing more was sent; give --yes to send them anyway.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln query</numerusform>
            <numerusform>%Ln queries</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be opened (%2); the queries of this run are not counted against the daily quota.</source>
        <translation>The journal of changes (%1) cannot be opened (%2); the queries of this run are not counted against the daily quota.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommonOptions</name>
    <message>
        <source>Also read targets from FILE, one per line (“-”: standard input).</source>
        <translation>Also read targets from FILE, one per line (“-”: standard input).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only page N of the listing (default: every page).</source>
        <translation>Only page N of the listing (default: every page).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Ask for N records per request (1–1000, default %1).</source>
        <translation>Ask for N records per request (1–1000, default %1).</translation>
    </message>
    <message>
        <source>%1 may be given as arguments, with --from FILE, or on standard input with “-”, one per line; blank lines and # comments are skipped.</source>
        <translation>%1 may be given as arguments, with --from FILE, or on standard input with “-”, one per line; blank lines and # comments are skipped.</translation>
    </message>
</context>
<context>
    <name>cube::cli::ConnectionSetup</name>
    <message>
        <source>--secret-stdin: standard input held no secret on its first line.</source>
        <translation>--secret-stdin: standard input held no secret on its first line.</translation>
    </message>
    <message>
        <source>the built-in simulator at %1</source>
        <translation>the built-in simulator at %1</translation>
    </message>
    <message>
        <source>--base-url needs the account&apos;s secret: set CUBE_SECRET in the environment or give it on standard input with --secret-stdin.</source>
        <translation>--base-url needs the account&apos;s secret: set CUBE_SECRET in the environment or give it on standard input with --secret-stdin.</translation>
    </message>
    <message>
        <source>No connection: add a profile (cubectl profiles add, or in Cube Console), or give --base-url and --access-code, or use --demo.</source>
        <translation>No connection: add a profile (cubectl profiles add, or in Cube Console), or give --base-url and --access-code, or use --demo.</translation>
    </message>
    <message>
        <source>There is no profile “%1”; cubectl profiles list shows them.</source>
        <translation>There is no profile “%1”; cubectl profiles list shows them.</translation>
    </message>
    <message>
        <source>profile “%1” (%2)</source>
        <translation>profile “%1” (%2)</translation>
    </message>
    <message>
        <source>The secret of profile “%1” could not be read from the keychain. %2</source>
        <translation>The secret of profile “%1” could not be read from the keychain. %2</translation>
    </message>
    <message>
        <source>The team store password of profile “%1” could not be read from the keychain. %2</source>
        <translation>The team store password of profile “%1” could not be read from the keychain. %2</translation>
    </message>
</context>
<context>
    <name>cube::cli::Cubectl</name>
    <message>
        <source>cubectl takes no secret on the command line, where other users and the shell&apos;s history could read it: set CUBE_SECRET or use --secret-stdin.</source>
        <translation>cubectl takes no secret on the command line, where other users and the shell&apos;s history could read it: set CUBE_SECRET or use --secret-stdin.</translation>
    </message>
    <message>
        <source>Options of a command go after its name.</source>
        <translation>Options of a command go after its name.</translation>
    </message>
    <message>
        <source>cubectl: unknown command “%1”.</source>
        <translation>cubectl: unknown command “%1”.</translation>
    </message>
    <message>
        <source>Run “cubectl --help” to see the commands.</source>
        <translation>Run “cubectl --help” to see the commands.</translation>
    </message>
    <message>
        <source>Run “cubectl %1 --help” to see its arguments and options.</source>
        <translation>Run “cubectl %1 --help” to see its arguments and options.</translation>
    </message>
</context>
<context>
    <name>cube::cli::GlobalOptions</name>
    <message>
        <source>Connect with the profile NAME (default: the active profile).</source>
        <translation>Connect with the profile NAME (default: the active profile).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to URL without a profile; needs --access-code and the secret in CUBE_SECRET or on standard input (--secret-stdin).</source>
        <translation>Connect to URL without a profile; needs --access-code and the secret in CUBE_SECRET or on standard input (--secret-stdin).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s access code, with --base-url.</source>
        <translation>The account&apos;s access code, with --base-url.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Read the account&apos;s secret from the first line of standard input.</source>
        <translation>Read the account&apos;s secret from the first line of standard input.</translation>
    </message>
    <message>
        <source>Work on a built-in Cube simulator instead of a real account.</source>
        <translation>Work on a built-in Cube simulator instead of a real account.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document (an array for lists).</source>
        <translation>Print the result as one JSON document (an array for lists).</translation>
    </message>
    <message>
        <source>Messages, and the server&apos;s messages, in LANG: zh-CN or en-US (default: the console&apos;s setting, else the system&apos;s language).</source>
        <translation>Messages, and the server&apos;s messages, in LANG: zh-CN or en-US (default: the console&apos;s setting, else the system&apos;s language).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Do not ask before ending, cancelling or suspending.</source>
        <translation>Do not ask before ending, cancelling or suspending.</translation>
    </message>
    <message>
        <source>Show the changes that would be sent (signature masked) and send none; reads are made as usual.</source>
        <translation>Show the changes that would be sent (signature masked) and send none; reads are made as usual.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log every request and answer on standard error (secret and signature masked).</source>
        <translation>Log every request and answer on standard error (secret and signature masked).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 takes a number from %2 to %3, not “%4”.</translation>
    </message>
    <message>
        <source>Choose one connection: --demo, --profile or --base-url.</source>
        <translation>Choose one connection: --demo, --profile or --base-url.</translation>
    </message>
    <message>
        <source>--base-url and --access-code go together.</source>
        <translation>--base-url and --access-code go together.</translation>
    </message>
    <message>
        <source>Choose one output format: --json or --csv.</source>
        <translation>Choose one output format: --json or --csv.</translation>
    </message>
    <message>
        <source>--lang takes zh-CN or en-US, not “%1”.</source>
        <translation>--lang takes zh-CN or en-US, not “%1”.</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default: the profile&apos;s time-out, else 30).</source>
        <translation>Give up on an answer after SECONDS (default: the profile&apos;s time-out, else 30).</translation>
    </message>
    <message>
        <source>Record changes in the journal FILE instead of the shared one (%1).</source>
        <translation>Record changes in the journal FILE instead of the shared one (%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The server writes its times and counts its days in UTC+OFFSET, e.g. +8 or +05:30 (default: the profile&apos;s, else +8, the vendor&apos;s). Times are shown in this computer&apos;s time zone.</source>
        <translation>The server writes its times and counts its days in UTC+OFFSET, e.g. +8 or +05:30 (default: the profile&apos;s, else +8, the vendor&apos;s). Times are shown in this computer&apos;s time zone.</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>OFFSET</translation>
    </message>
    <message>
        <source>--server-utc-offset takes an offset from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30, not “%1”.</source>
        <translation>--server-utc-offset takes an offset from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30, not “%1”.</translation>
    </message>
    <message>
        <source>Run at most N requests at a time (default and most: the gateway&apos;s connections).</source>
        <translation>Run at most N requests at a time (default and most: the gateway&apos;s connections).</translation>
    </message>
    <message>
        <source>The gateway allows N connections at once (default: the profile&apos;s, else 3, the vendor&apos;s).</source>
        <translation>The gateway allows N connections at once (default: the profile&apos;s, else 3, the vendor&apos;s).</translation>
    </message>
    <message>
        <source>The gateway allows N queries a second (default: the profile&apos;s, else 10, the vendor&apos;s).</source>
        <translation>The gateway allows N queries a second (default: the profile&apos;s, else 10, the vendor&apos;s).</translation>
    </message>
    <message>
        <source>The gateway allows N queries a day (default: the profile&apos;s, else 5,000, the vendor&apos;s).</source>
        <translation>The gateway allows N queries a day (default: the profile&apos;s, else 5,000, the vendor&apos;s).</translation>
    </message>
    <message>
        <source>Print the result as CSV with a header line; text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading &apos;.</source>
        <translation>Print the result as CSV with a header line; text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading &apos;.</translation>
    </message>
    <message>
        <source>Print the result as CSV with a header line and every value exactly as it is, for scripts (never open it in a spreadsheet).</source>
        <translation>Print the result as CSV with a header line and every value exactly as it is, for scripts (never open it in a spreadsheet).</translation>
    </message>
    <message>
        <source>Choose --csv or --csv-raw, not both.</source>
        <translation>Choose --csv or --csv-raw, not both.</translation>
    </message>
</context>
<context>
    <name>cube::cli::HelpWriter</name>
    <message>
        <source>Exit status: 0 all succeeded, 1 some failed, 2 usage error, 3 connection or authentication failure.</source>
        <translation>Exit status: 0 all succeeded, 1 some failed, 2 usage error, 3 connection or authentication failure.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Cube Console on the command line: the SIM cards, data usage, data-plan orders and SMS of a Linksfield Cube account.</source>
        <translation>Cube Console on the command line: the SIM cards, data usage, data-plan orders and SMS of a Linksfield Cube account.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Connection: --demo, or --profile NAME (the secret from the keychain), or --base-url and --access-code with the secret in the environment variable CUBE_SECRET or on standard input (--secret-stdin). A secret is never taken as an argument. Without any of these, the active profile is used.</source>
        <translation>Connection: --demo, or --profile NAME (the secret from the keychain), or --base-url and --access-code with the secret in the environment variable CUBE_SECRET or on standard input (--secret-stdin). A secret is never taken as an argument. Without any of these, the active profile is used.</translation>
    </message>
    <message>
        <source>Lists of ICCIDs or order codes may also come from a file (--from FILE) or standard input (-), one per line.</source>
        <translation>Lists of ICCIDs or order codes may also come from a file (--from FILE) or standard input (-), one per line.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Run “cubectl COMMAND --help” for the options of a command.</source>
        <translation>Run “cubectl COMMAND --help” for the options of a command.</translation>
    </message>
</context>
<context>
    <name>cube::cli::JournalCommands</name>
    <message>
        <source>--%1 takes a date (2026-11-30) or a date and time (2026-11-30T14:00), not “%2”.</source>
        <translation>--%1 takes a date (2026-11-30) or a date and time (2026-11-30T14:00), not “%2”.</translation>
    </message>
    <message>
        <source>A job is named by its number (see cubectl jobs list), not “%1”.</source>
        <translation>A job is named by its number (see cubectl jobs list), not “%1”.</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>The journal cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal (%2).</source>
        <translation>There is no job %1 in the journal (%2).</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Order or SIM</source>
        <translation>Order or SIM</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The changes sent by cubectl and the console, newest first.</source>
        <translation>The changes sent by cubectl and the console, newest first.</translation>
    </message>
    <message>
        <source>Only changes recorded on or after DATE.</source>
        <translation>Only changes recorded on or after DATE.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only changes recorded on or before DATE.</source>
        <translation>Only changes recorded on or before DATE.</translation>
    </message>
    <message>
        <source>Only changes of this SIM card.</source>
        <translation>Only changes of this SIM card.</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Only changes of this order.</source>
        <translation>Only changes of this order.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only this kind of change: end, cancel, enable, renew, suspend, resume, place, sms.</source>
        <translation>Only this kind of change: end, cancel, enable, renew, suspend, resume, place, sms.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only changes that came to: done, not-done or unknown.</source>
        <translation>Only changes that came to: done, not-done or unknown.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>At most N changes (default 1000).</source>
        <translation>At most N changes (default 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give --iccid or --order, not both.</source>
        <translation>Give --iccid or --order, not both.</translation>
    </message>
    <message>
        <source>--operation takes end, cancel, enable, renew, suspend, resume, place or sms, not “%1”.</source>
        <translation>--operation takes end, cancel, enable, renew, suspend, resume, place or sms, not “%1”.</translation>
    </message>
    <message>
        <source>--outcome takes done, not-done or unknown.</source>
        <translation>--outcome takes done, not-done or unknown.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>Fields sent</translation>
    </message>
    <message>
        <source>Delete the journal&apos;s changes recorded before a date (asks first).</source>
        <translation>Delete the journal&apos;s changes recorded before a date (asks first).</translation>
    </message>
    <message>
        <source>--before DATE</source>
        <translation>--before DATE</translation>
    </message>
    <message>
        <source>Delete what was recorded before DATE.</source>
        <translation>Delete what was recorded before DATE.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n change(s) recorded before %1 from the journal? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n change recorded before %1 from the journal? This cannot be undone.</numerusform>
            <numerusform>Delete %n changes recorded before %1 from the journal? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be pruned: %1</source>
        <translation>The journal could not be pruned: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) deleted from the journal.</source>
        <translation>
            <numerusform>%n change deleted from the journal.</numerusform>
            <numerusform>%n changes deleted from the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk jobs of cubectl and the console, newest first.</source>
        <translation>The bulk jobs of cubectl and the console, newest first.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Each item of a job: done, not done, unknown or not sent.</source>
        <translation>Each item of a job: done, not done, unknown or not sent.</translation>
    </message>
    <message>
        <source>Read what a job&apos;s unknown items did; sends nothing.</source>
        <translation>Read what a job&apos;s unknown items did; sends nothing.</translation>
    </message>
    <message>
        <source>Finish a job that was cut short (asks first).</source>
        <translation>Finish a job that was cut short (asks first).</translation>
    </message>
    <message numerus="yes">
        <source>Check the %n unknown item(s) and send the %1 not sent?</source>
        <translation>
            <numerusform>Check the %n unknown item and send the %1 not sent?</numerusform>
            <numerusform>Check the %n unknown items and send the %1 not sent?</numerusform>
        </translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>An item sent with no answer is read only once the request time-out has passed since it was sent (until then the server may still act on it); the command says from when such items can be checked.</source>
        <translation>An item sent with no answer is read only once the request time-out has passed since it was sent (until then the server may still act on it); the command says from when such items can be checked.</translation>
    </message>
    <message>
        <source>Checks the items whose answer was lost (reads only), then sends only the items that never reached the server. An item whose outcome stays unknown is never sent again, and one sent too recently to judge is left for a later check. Only one program at a time runs a job.</source>
        <translation>Checks the items whose answer was lost (reads only), then sends only the items that never reached the server. An item whose outcome stays unknown is never sent again, and one sent too recently to judge is left for a later check. Only one program at a time runs a job.</translation>
    </message>
    <message>
        <source>Every change is recorded in the journal before it is sent: who sent it from which computer, when, from which profile, what was sent (never the secret or the signature) and what became of it. The text listing names the person in one column (By); JSON and CSV give user, full_name and host.</source>
        <translation>Every change is recorded in the journal before it is sent: who sent it from which computer, when, from which profile, what was sent (never the secret or the signature) and what became of it. The text listing names the person in one column (By); JSON and CSV give user, full_name and host.</translation>
    </message>
    <message>
        <source>Only changes sent by PERSON: a user name on the computer, or a full name (any case).</source>
        <translation>Only changes sent by PERSON: a user name on the computer, or a full name (any case).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>--by takes a user name or a full name.</source>
        <translation>--by takes a user name or a full name.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>cube::cli::ListInput</name>
    <message>
        <source>%1: a line is longer than %2 characters; give one ICCID or order code a line.</source>
        <translation>%1: a line is longer than %2 characters; give one ICCID or order code a line.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines; split the list.</source>
        <translation>%1: more than %2 lines; split the list.</translation>
    </message>
</context>
<context>
    <name>cube::cli::NoteCommands</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>The note of SIM %1 was not kept: %2</source>
        <translation>The note of SIM %1 was not kept: %2</translation>
    </message>
    <message>
        <source>ICCID [TEXT]</source>
        <translation>ICCID [TEXT]</translation>
    </message>
    <message>
        <source>Show or keep the note on a SIM card, on this computer. Sends nothing.</source>
        <translation>Show or keep the note on a SIM card, on this computer. Sends nothing.</translation>
    </message>
    <message>
        <source>With TEXT, keeps it as the SIM card&apos;s note (up to %1 characters; an empty TEXT, &quot;&quot;, clears it), then shows the note and tags. The notes are the console&apos;s too, per profile; the console&apos;s SIM list shows them and its search finds their words. A view-only profile keeps notes too.</source>
        <translation>With TEXT, keeps it as the SIM card&apos;s note (up to %1 characters; an empty TEXT, &quot;&quot;, clears it), then shows the note and tags. The notes are the console&apos;s too, per profile; the console&apos;s SIM list shows them and its search finds their words. A view-only profile keeps notes too.</translation>
    </message>
    <message>
        <source>ICCID +TAG|-TAG…</source>
        <translation>ICCID +TAG|-TAG…</translation>
    </message>
    <message>
        <source>Add and remove tags of a SIM card, on this computer. Sends nothing.</source>
        <translation>Add and remove tags of a SIM card, on this computer. Sends nothing.</translation>
    </message>
    <message>
        <source>+TAG (or TAG) adds a tag, -TAG removes one; then the note and tags are shown. A tag has 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (upper case is made lower). cubectl reads a word that starts with &apos;-&apos; as an option: put -- before the tags to remove, as in: cubectl sims tag ICCID +acme -- -old. sims list --tag TAG lists the SIM cards of a tag.</source>
        <translation>+TAG (or TAG) adds a tag, -TAG removes one; then the note and tags are shown. A tag has 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (upper case is made lower). cubectl reads a word that starts with &apos;-&apos; as an option: put -- before the tags to remove, as in: cubectl sims tag ICCID +acme -- -old. sims list --tag TAG lists the SIM cards of a tag.</translation>
    </message>
</context>
<context>
    <name>cube::cli::OrderActionCommands</name>
    <message>
        <source>CODE…</source>
        <translation>CODE…</translation>
    </message>
    <message>
        <source>Order codes</source>
        <translation>Order codes</translation>
    </message>
    <message>
        <source>End orders early (asks first; cannot be undone).</source>
        <translation>End orders early (asks first; cannot be undone).</translation>
    </message>
    <message>
        <source>CODE… --reason TEXT</source>
        <translation>CODE… --reason TEXT</translation>
    </message>
    <message>
        <source>Why the orders end early (required).</source>
        <translation>Why the orders end early (required).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message numerus="yes">
        <source>End %n order(s) early (%1)? The data left on them is lost; this cannot be undone.</source>
        <translation>
            <numerusform>End %n order early (%1)? The data left on them is lost; this cannot be undone.</numerusform>
            <numerusform>End %n orders early (%1)? The data left on them is lost; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <source>Cancel orders that are not enabled yet (asks first).</source>
        <translation>Cancel orders that are not enabled yet (asks first).</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s) (%1)? This cannot be undone.</source>
        <translation>
            <numerusform>Cancel %n order (%1)? This cannot be undone.</numerusform>
            <numerusform>Cancel %n orders (%1)? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Enable orders that were bought to start later.</source>
        <translation>Enable orders that were bought to start later.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>The kind of device: %1 (or its number).</source>
        <translation>The kind of device: %1 (or its number).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>--device-type takes one of: %1.</source>
        <translation>--device-type takes one of: %1.</translation>
    </message>
    <message>
        <source>Ends each order now: the data left on it is lost and the order cannot be restarted. The reason (one line, at most %1 characters) is sent with every order. A request whose answer is lost is not sent again: check the order with orders show.</source>
        <translation>Ends each order now: the data left on it is lost and the order cannot be restarted. The reason (one line, at most %1 characters) is sent with every order. A request whose answer is lost is not sent again: check the order with orders show.</translation>
    </message>
</context>
<context>
    <name>cube::cli::OrderCommands</name>
    <message>
        <source>List data-plan orders, all or those that match.</source>
        <translation>List data-plan orders, all or those that match.</translation>
    </message>
    <message>
        <source>Reads every page of the listing unless --page is given.</source>
        <translation>Reads every page of the listing unless --page is given.</translation>
    </message>
    <message>
        <source>Only orders in this state: %1.</source>
        <translation>Only orders in this state: %1.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Only the orders of this SIM card.</source>
        <translation>Only the orders of this SIM card.</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Only orders of this type (a number, as the server sends it).</source>
        <translation>Only orders of this type (a number, as the server sends it).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status takes one of: %1.</translation>
    </message>
    <message>
        <source>Show one order.</source>
        <translation>Show one order.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Renew an order for more periods.</source>
        <translation>Renew an order for more periods.</translation>
    </message>
    <message>
        <source>CODE --periods N</source>
        <translation>CODE --periods N</translation>
    </message>
    <message>
        <source>How many more periods of the plan (1–120).</source>
        <translation>How many more periods of the plan (1–120).</translation>
    </message>
    <message>
        <source>Now expires</source>
        <translation>Now expires</translation>
    </message>
    <message>
        <source>Order a data plan for SIM cards.</source>
        <translation>Order a data plan for SIM cards.</translation>
    </message>
    <message>
        <source>ICCID… --plan CODE</source>
        <translation>ICCID… --plan CODE</translation>
    </message>
    <message>
        <source>The plan&apos;s name, type and price are read from the account&apos;s plans first. Each SIM card is ordered on its own, so one refusal does not stop the others; --batch sends up to %1 SIM cards per request instead, where one bad SIM card fails its whole request.</source>
        <translation>The plan&apos;s name, type and price are read from the account&apos;s plans first. Each SIM card is ordered on its own, so one refusal does not stop the others; --batch sends up to %1 SIM cards per request instead, where one bad SIM card fails its whole request.</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCIDs</translation>
    </message>
    <message>
        <source>Order up to %1 SIM cards in one request.</source>
        <translation>Order up to %1 SIM cards in one request.</translation>
    </message>
    <message>
        <source>Order an OTA day plan for a SIM card in a country.</source>
        <translation>Order an OTA day plan for a SIM card in a country.</translation>
    </message>
    <message>
        <source>The mobile country code where the plan is used (required).</source>
        <translation>The mobile country code where the plan is used (required).</translation>
    </message>
    <message>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <source>How many days (1–365, required).</source>
        <translation>How many days (1–365, required).</translation>
    </message>
    <message>
        <source>When the days start counting, as the server numbers it (default 0).</source>
        <translation>When the days start counting, as the server numbers it (default 0).</translation>
    </message>
    <message>
        <source>ICCID --plan CODE --mcc MCC --days N --pay-type N</source>
        <translation>ICCID --plan CODE --mcc MCC --days N --pay-type N</translation>
    </message>
</context>
<context>
    <name>cube::cli::PlanOrderOptions</name>
    <message>
        <source>The code of the plan to order (required; see plans list).</source>
        <translation>The code of the plan to order (required; see plans list).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>How many periods of the plan (1–120, default 1).</source>
        <translation>How many periods of the plan (1–120, default 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Do not enable the order now; enable it later with orders enable.</source>
        <translation>Do not enable the order now; enable it later with orders enable.</translation>
    </message>
    <message>
        <source>Record the order as not paid yet.</source>
        <translation>Record the order as not paid yet.</translation>
    </message>
    <message>
        <source>The amount paid (default: the plan&apos;s price times the periods).</source>
        <translation>The amount paid (default: the plan&apos;s price times the periods).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>How it was paid: 0 ipay88, 1 WeChat Pay, 2 Alipay.</source>
        <translation>How it was paid: 0 ipay88, 1 WeChat Pay, 2 Alipay.</translation>
    </message>
    <message>
        <source>Order the plan as a global order.</source>
        <translation>Order the plan as a global order.</translation>
    </message>
    <message>
        <source>--amount takes an amount like 12.50, not “%1”.</source>
        <translation>--amount takes an amount like 12.50, not “%1”.</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>The plans could not be read: %1</translation>
    </message>
    <message>
        <source>The account has no plan %1; plans list shows the plans it may order.</source>
        <translation>The account has no plan %1; plans list shows the plans it may order.</translation>
    </message>
    <message>
        <source>The plan&apos;s type code (package_type: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly); with --plan-name and --amount, the plan list is not read.</source>
        <translation>The plan&apos;s type code (package_type: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly); with --plan-name and --amount, the plan list is not read.</translation>
    </message>
    <message>
        <source>The plan&apos;s name, as the plan list would give it.</source>
        <translation>The plan&apos;s name, as the plan list would give it.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>To order without the plan list, also give %1.</source>
        <translation>To order without the plan list, also give %1.</translation>
    </message>
</context>
<context>
    <name>cube::cli::PlanSmsCommands</name>
    <message>
        <source>List the data plans the account may order.</source>
        <translation>List the data plans the account may order.</translation>
    </message>
    <message>
        <source>Plan types: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly.</source>
        <translation>Plan types: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly.</translation>
    </message>
    <message>
        <source>Send an SMS to SIM cards.</source>
        <translation>Send an SMS to SIM cards.</translation>
    </message>
    <message>
        <source>ICCID… --text TEXT</source>
        <translation>ICCID… --text TEXT</translation>
    </message>
    <message>
        <source>The same text goes to every SIM card given; a long text is sent in several parts.</source>
        <translation>The same text goes to every SIM card given; a long text is sent in several parts.</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCIDs</translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation>The message (required).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Message id</translation>
    </message>
</context>
<context>
    <name>cube::cli::ProfileCommands</name>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>There is no profile “%1”.</translation>
    </message>
    <message>
        <source>List the connection profiles; the active one is marked.</source>
        <translation>List the connection profiles; the active one is marked.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Add a connection profile and keep its secret in the keychain.</source>
        <translation>Add a connection profile and keep its secret in the keychain.</translation>
    </message>
    <message>
        <source>NAME --base-url URL --access-code CODE</source>
        <translation>NAME --base-url URL --access-code CODE</translation>
    </message>
    <message>
        <source>Make the new profile the active one.</source>
        <translation>Make the new profile the active one.</translation>
    </message>
    <message>
        <source>--base-url and --access-code are required.</source>
        <translation>--base-url and --access-code are required.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>A profile named “%1” exists already.</translation>
    </message>
    <message>
        <source>The profile needs the account&apos;s secret: set CUBE_SECRET or give it on standard input with --secret-stdin.</source>
        <translation>The profile needs the account&apos;s secret: set CUBE_SECRET or give it on standard input with --secret-stdin.</translation>
    </message>
    <message>
        <source>The profile was not added: its secret could not be stored.</source>
        <translation>The profile was not added: its secret could not be stored.</translation>
    </message>
    <message>
        <source>Profile “%1” added.</source>
        <translation>Profile “%1” added.</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret (asks first).</source>
        <translation>Remove a connection profile and its secret (asks first).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Remove profile “%1” and its secret from the keychain?</source>
        <translation>Remove profile “%1” and its secret from the keychain?</translation>
    </message>
    <message>
        <source>The profile was kept: its secret could not be removed.</source>
        <translation>The profile was kept: its secret could not be removed.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profile “%1” removed.</translation>
    </message>
    <message>
        <source>Make a profile the active one, here and in Cube Console.</source>
        <translation>Make a profile the active one, here and in Cube Console.</translation>
    </message>
    <message>
        <source>Profile “%1” is now the active one.</source>
        <translation>Profile “%1” is now the active one.</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Server time</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Make it a profile for looking only: neither cubectl nor Cube Console sends any change through it.</source>
        <translation>Make it a profile for looking only: neither cubectl nor Cube Console sends any change through it.</translation>
    </message>
    <message>
        <source>--team-store-password-stdin: standard input held no password on its line.</source>
        <translation>--team-store-password-stdin: standard input held no password on its line.</translation>
    </message>
    <message>
        <source>The profile was not added: its team store&apos;s password could not be stored.</source>
        <translation>The profile was not added: its team store&apos;s password could not be stored.</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team store</translation>
    </message>
    <message>
        <source>The secret comes from CUBE_SECRET or, with --secret-stdin, from standard input; it goes to the keychain only. The first profile becomes the active one. --timeout, --server-utc-offset, --connections, --rate and --daily-quota, if given, are kept in the profile. With --team-store, the journal of changes of everyone using the profile is kept in the team&apos;s PostgreSQL database; its password comes from CUBE_TEAM_STORE_PASSWORD or, with --team-store-password-stdin, from the next line of standard input, and goes to the keychain only (none: libpq&apos;s own, such as ~/.pgpass).</source>
        <translation>The secret comes from CUBE_SECRET or, with --secret-stdin, from standard input; it goes to the keychain only. The first profile becomes the active one. --timeout, --server-utc-offset, --connections, --rate and --daily-quota, if given, are kept in the profile. With --team-store, the journal of changes of everyone using the profile is kept in the team&apos;s PostgreSQL database; its password comes from CUBE_TEAM_STORE_PASSWORD or, with --team-store-password-stdin, from the next line of standard input, and goes to the keychain only (none: libpq&apos;s own, such as ~/.pgpass).</translation>
    </message>
    <message>
        <source>Keep the journal of changes in the team store at URL (postgresql://[user@]host:5432/database), shared by the team&apos;s desks.</source>
        <translation>Keep the journal of changes in the team store at URL (postgresql://[user@]host:5432/database), shared by the team&apos;s desks.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the team store&apos;s password from standard input: its first line, or the second after the secret&apos;s (--secret-stdin).</source>
        <translation>Read the team store&apos;s password from standard input: its first line, or the second after the secret&apos;s (--secret-stdin).</translation>
    </message>
    <message>
        <source>--team-store-password-stdin needs --team-store.</source>
        <translation>--team-store-password-stdin needs --team-store.</translation>
    </message>
</context>
<context>
    <name>cube::cli::QuotaCommands</name>
    <message>
        <source>Show the queries sent to the account today and the gateway&apos;s daily quota.</source>
        <translation>Show the queries sent to the account today and the gateway&apos;s daily quota.</translation>
    </message>
    <message>
        <source>The count of queries is kept in the journal of changes (%1), which cannot be read: %2</source>
        <translation>The count of queries is kept in the journal of changes (%1), which cannot be read: %2</translation>
    </message>
    <message>
        <source>Queries today (%1, the server&apos;s day in %2): %3 of %4; %5 left.</source>
        <translation>Queries today (%1, the server&apos;s day in %2): %3 of %4; %5 left.</translation>
    </message>
    <message>
        <source>Counts every query that the console and cubectl on this computer sent to the account in the server&apos;s day (they share the journal&apos;s file), as the gateway counts them for the one IP address a desk shares. Queries from other computers behind the same address are not seen here, unless they share a team store: through a profile with one, the count is the team&apos;s, kept there. Sends nothing.</source>
        <translation>Counts every query that the console and cubectl on this computer sent to the account in the server&apos;s day (they share the journal&apos;s file), as the gateway counts them for the one IP address a desk shares. Queries from other computers behind the same address are not seen here, unless they share a team store: through a profile with one, the count is the team&apos;s, kept there. Sends nothing.</translation>
    </message>
</context>
<context>
    <name>cube::cli::RecordTables</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
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
        <source>Life cycle</source>
        <translation>Life cycle</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Order in use</source>
        <translation>Order in use</translation>
    </message>
    <message>
        <source>Used (MB)</source>
        <translation>Used (MB)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>Plan code</translation>
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
        <source>Data (MB)</source>
        <translation>Data (MB)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>High-speed left (MB)</source>
        <translation>High-speed left (MB)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>IMSI in use</source>
        <translation>IMSI in use</translation>
    </message>
    <message>
        <source>Carrier&apos;s remaining (MB)</source>
        <translation>Carrier&apos;s remaining (MB)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>cube::cli::ResultPrinter</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>%1 succeeded, %2 failed.</translation>
    </message>
</context>
<context>
    <name>cube::cli::SimCommands</name>
    <message>
        <source>List the account&apos;s SIM cards.</source>
        <translation>List the account&apos;s SIM cards.</translation>
    </message>
    <message>
        <source>Only SIM cards in this life cycle state: %1.</source>
        <translation>Only SIM cards in this life cycle state: %1.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status takes one of: %1.</translation>
    </message>
    <message>
        <source>Show the real-time state of SIM cards.</source>
        <translation>Show the real-time state of SIM cards.</translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCIDs</translation>
    </message>
    <message>
        <source>List the SIM cards in use, with their life cycle state.</source>
        <translation>List the SIM cards in use, with their life cycle state.</translation>
    </message>
    <message numerus="yes">
        <source>Suspend the service of %n SIM card(s) (%1)? They stop working until resumed.</source>
        <translation>
            <numerusform>Suspend the service of %n SIM card (%1)? They stop working until resumed.</numerusform>
            <numerusform>Suspend the service of %n SIM cards (%1)? They stop working until resumed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Suspend the service of SIM cards (asks first).</source>
        <translation>Suspend the service of SIM cards (asks first).</translation>
    </message>
    <message>
        <source>Resume the service of suspended SIM cards.</source>
        <translation>Resume the service of suspended SIM cards.</translation>
    </message>
    <message>
        <source>Read the list the console last loaded for this account from the local cache, without the network (it says as of when).</source>
        <translation>Read the list the console last loaded for this account from the local cache, without the network (it says as of when).</translation>
    </message>
    <message>
        <source>No SIM list is cached for this account: run sims list without --cached, or open the console once.</source>
        <translation>No SIM list is cached for this account: run sims list without --cached, or open the console once.</translation>
    </message>
    <message>
        <source>Cached list as of %1.</source>
        <translation>Cached list as of %1.</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was discarded; run sims list without --cached to read it again.</source>
        <translation>The cached SIM list was damaged (%1) and was discarded; run sims list without --cached to read it again.</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was set aside as %2; run sims list without --cached to read it again.</source>
        <translation>The cached SIM list was damaged (%1) and was set aside as %2; run sims list without --cached to read it again.</translation>
    </message>
    <message>
        <source>Reads every page of the listing unless --page is given; --status, --find and --tag then keep the SIM cards that match.</source>
        <translation>Reads every page of the listing unless --page is given; --status, --find and --tag then keep the SIM cards that match.</translation>
    </message>
    <message>
        <source>Only SIM cards whose ICCID, IMSI or MSISDN contains TEXT, or whose note or tags (kept on this computer: sims note, sims tag) hold each of its words; a word tag:NAME keeps the SIM cards tagged NAME, as the console&apos;s search does.</source>
        <translation>Only SIM cards whose ICCID, IMSI or MSISDN contains TEXT, or whose note or tags (kept on this computer: sims note, sims tag) hold each of its words; a word tag:NAME keeps the SIM cards tagged NAME, as the console&apos;s search does.</translation>
    </message>
    <message>
        <source>Only SIM cards tagged TAG on this computer (sims tag); the list is read as without it, with no query more.</source>
        <translation>Only SIM cards tagged TAG on this computer (sims tag); the list is read as without it, with no query more.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
</context>
<context>
    <name>cube::cli::UsageCommands</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the data used by the order in use of SIM cards.</source>
        <translation>Show the data used by the order in use of SIM cards.</translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCIDs</translation>
    </message>
    <message>
        <source>Ask for up to %1 SIM cards in one request: faster, but one unknown ICCID fails its whole request.</source>
        <translation>Ask for up to %1 SIM cards in one request: faster, but one unknown ICCID fails its whole request.</translation>
    </message>
    <message>
        <source>Show the data a SIM card used on given days.</source>
        <translation>Show the data a SIM card used on given days.</translation>
    </message>
    <message>
        <source>ICCID DATE…</source>
        <translation>ICCID DATE…</translation>
    </message>
    <message>
        <source>The N days up to and including DATE (1–92).</source>
        <translation>The N days up to and including DATE (1–92).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-11-29.</source>
        <translation>“%1” is not a date like 2026-11-29.</translation>
    </message>
    <message>
        <source>--days takes one DATE, the last day.</source>
        <translation>--days takes one DATE, the last day.</translation>
    </message>
    <message>
        <source>Show the data SIM cards used in a month.</source>
        <translation>Show the data SIM cards used in a month.</translation>
    </message>
    <message>
        <source>MONTH ICCID…</source>
        <translation>MONTH ICCID…</translation>
    </message>
    <message>
        <source>MONTH is yyyy-MM, e.g. 2026-11. Up to %1 SIM cards go in one request; one unknown ICCID fails its whole request.</source>
        <translation>MONTH is yyyy-MM, e.g. 2026-11. Up to %1 SIM cards go in one request; one unknown ICCID fails its whole request.</translation>
    </message>
    <message>
        <source>“%1” is not a month like 2026-11.</source>
        <translation>“%1” is not a month like 2026-11.</translation>
    </message>
    <message>
        <source>Show what the carrier says is left on SIM cards.</source>
        <translation>Show what the carrier says is left on SIM cards.</translation>
    </message>
    <message>
        <source>DATE is yyyy-MM-dd, e.g. 2026-11-29, or today; --days N asks for the N days that end with DATE instead. Days are the server&apos;s: UTC+8 unless the profile or --server-utc-offset says otherwise.</source>
        <translation>DATE is yyyy-MM-dd, e.g. 2026-11-29, or today; --days N asks for the N days that end with DATE instead. Days are the server&apos;s: UTC+8 unless the profile or --server-utc-offset says otherwise.</translation>
    </message>
</context>
<context>
    <name>cube::cli::WatchCommands</name>
    <message>
        <source>The watchlist could not be changed: %1</source>
        <translation>The watchlist could not be changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) of this account are watched.</source>
        <translation>
            <numerusform>%Ln SIM card of this account is watched.</numerusform>
            <numerusform>%Ln SIM cards of this account are watched.</numerusform>
        </translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCIDs</translation>
    </message>
    <message>
        <source>List the watched SIM cards of the account. Sends nothing.</source>
        <translation>List the watched SIM cards of the account. Sends nothing.</translation>
    </message>
    <message>
        <source>Watch SIM cards: each look at what needs attention reads their usage in full. Sends nothing.</source>
        <translation>Watch SIM cards: each look at what needs attention reads their usage in full. Sends nothing.</translation>
    </message>
    <message>
        <source>Stop watching SIM cards. Sends nothing.</source>
        <translation>Stop watching SIM cards. Sends nothing.</translation>
    </message>
</context>
<context>
    <name>cube::cli::WriteJobs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>cube::sim::CubeSimulator</name>
    <message>
        <source>The built-in Cube simulator could not start: no free port on 127.0.0.1.</source>
        <translation>The built-in Cube simulator could not start: no free port on 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>cube::sim::Fleet</name>
    <message>
        <source>A scenario is a JSON object with a list &quot;sims&quot;.</source>
        <translation>A scenario is a JSON object with a list &quot;sims&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1 is not a member a scenario has.</source>
        <translation>%1 is not a member a scenario has.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 must be a number of MB, 0 or more.</source>
        <translation>%1 must be a number of MB, 0 or more.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1: the ICCID %2 is in the scenario twice.</source>
        <translation>%1: the ICCID %2 is in the scenario twice.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 numbers of MB.</source>
        <translation>%1 must be a list of at most %2 numbers of MB.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 must be a list.</translation>
    </message>
    <message>
        <source>%1: a SIM card has at most one order in use or paused.</source>
        <translation>%1: a SIM card has at most one order in use or paused.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plan of the simulator.</source>
        <translation>%1: &quot;%2&quot; is not a plan of the simulator.</translation>
    </message>
    <message>
        <source>%1: the order would expire before it starts.</source>
        <translation>%1: the order would expire before it starts.</translation>
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
        <source>Unlimited daily</source>
        <translation>Unlimited daily</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>Three months</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>Six months</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
</context>
</TS>
