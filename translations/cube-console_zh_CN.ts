<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Cube server (%1).</source>
        <translation>无法连接到 Cube 服务器（%1）。</translation>
    </message>
    <message>
        <source>The Cube server did not answer in time.</source>
        <translation>Cube 服务器未能及时应答。</translation>
    </message>
    <message>
        <source>The secure connection to the Cube server failed: %1.</source>
        <translation>与 Cube 服务器的安全连接失败：%1。</translation>
    </message>
    <message>
        <source>The Cube server answered with HTTP status %1.</source>
        <translation>Cube 服务器返回了 HTTP 状态 %1。</translation>
    </message>
    <message>
        <source>The Cube server refused the request (code %1).</source>
        <translation>Cube 服务器拒绝了请求（代码 %1）。</translation>
    </message>
    <message>
        <source>The Cube server refused the request: %1 (code %2).</source>
        <translation>Cube 服务器拒绝了请求：%1（代码 %2）。</translation>
    </message>
    <message>
        <source>The Cube server&apos;s answer could not be read: %1.</source>
        <translation>无法解析 Cube 服务器的应答：%1。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何请求：%1</translation>
    </message>
    <message>
        <source>Check the network connection and the profile&apos;s base URL, then try again.</source>
        <translation>请检查网络连接和连接配置中的基础 URL，然后重试。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, raise the profile&apos;s time-out.</source>
        <translation>请重试；如果问题持续出现，请增大连接配置中的超时时间。</translation>
    </message>
    <message>
        <source>Check the base URL and, for a private gateway, the profile&apos;s CA bundle.</source>
        <translation>请检查基础 URL；如使用私有网关，请检查连接配置中的 CA 证书包。</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>服务器出现问题，请稍后再试。</translation>
    </message>
    <message>
        <source>Check that the base URL points to a Cube API server.</source>
        <translation>请确认基础 URL 指向的是 Cube API 服务器。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>The connection to the Cube server broke before its answer came (%1).</source>
        <translation>与 Cube 服务器的连接在应答到达前中断（%1）。</translation>
    </message>
    <message>
        <source>The Cube server answered with a redirect (HTTP %1) to %2; it was not followed, and nothing more was sent.</source>
        <translation>Cube 服务器以重定向（HTTP %1）指向 %2；未跟随该重定向，也没有再发送任何内容。</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <source>The Cube server has no %1.</source>
        <translation>Cube 服务器上没有%1。</translation>
    </message>
    <message>
        <source>The Cube API never redirects: check the profile&apos;s base URL (https, the right host) and any proxy on the way.</source>
        <translation>Cube API 从不重定向：请检查配置文件的基础 URL（https、正确的主机）以及途中的代理。</translation>
    </message>
    <message>
        <source>Check the ICCID or order code.</source>
        <translation>请检查 ICCID 或订单编号。</translation>
    </message>
    <message>
        <source>The Cube server has no operation at %1 (%2, asked for %3).</source>
        <translation>Cube 服务器在 %1 没有这个接口（%2，请求的是 %3）。</translation>
    </message>
    <message>
        <source>this path</source>
        <translation>该路径</translation>
    </message>
    <message>
        <source>HTTP 404</source>
        <translation>HTTP 404</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>The vendor documents this path: check the profile&apos;s base URL.</source>
        <translation>厂商文档确认了该路径：请检查配置的基础 URL。</translation>
    </message>
    <message>
        <source>The vendor&apos;s sibling API suggests %1=%2.</source>
        <translation>厂商的姊妹 API 建议使用 %1=%2。</translation>
    </message>
    <message>
        <source>This path is inferred, not confirmed by the vendor. Set the right one in the profile (Edit profile, Path overrides: %1=/path).</source>
        <translation>该路径是推断的，未经厂商确认。请在配置中设置正确的路径（编辑配置，路径覆盖：%1=/路径）。</translation>
    </message>
    <message>
        <source>The Cube server refused the request for its limits (HTTP 429): %1.</source>
        <translation>Cube 服务器因超出网关限制拒绝了请求（HTTP 429）：%1。</translation>
    </message>
    <message>
        <source>The request was sent but no usable answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</source>
        <translation>请求已发出，但未收到可用的应答，因此可能已生效，也可能未生效。它没有被再次发送：请先刷新查看实际结果，再决定是否重试。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>The Cube server sent only an interim answer (HTTP %1%2), and its final answer could not be read after it.</source>
        <translation>Cube 服务器只发来了中间应答（HTTP %1%2），之后的最终应答无法读取。</translation>
    </message>
    <message>
        <source>The Cube server refused the request (HTTP %1).</source>
        <translation>Cube 服务器拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The Cube server&apos;s answer arrived damaged: it was compressed (%1) and could not be unpacked.</source>
        <translation>Cube 服务器的应答在传输中损坏：它经过压缩（%1），无法解压。</translation>
    </message>
    <message>
        <source>Correct the CA bundle in the profile, or clear it to trust only the system&apos;s certificates, then try again.</source>
        <translation>请更正配置中的 CA 证书包，或将其清空以只信任系统证书，然后重试。</translation>
    </message>
    <message>
        <source>The gateway is limiting requests; try again once it allows more.</source>
        <translation>网关正在限制请求；请待其允许后再试。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, ask the gateway&apos;s operator to turn off interim answers (such as 103 Early Hints) for the Cube API.</source>
        <translation>请重试；若一再出现，请让网关运营方为 Cube API 关闭中间应答（如 103 Early Hints）。</translation>
    </message>
    <message>
        <source>It was not done. Check the profile&apos;s base URL, access code and secret, then try again.</source>
        <translation>该操作未执行。请检查配置中的基础 URL、访问码和密钥，然后重试。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, something on the way (a proxy or the gateway) damages the answers: tell its operator.</source>
        <translation>请重试；若一再出现，说明途中某处（代理或网关）损坏了应答：请告知其运营方。</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Look a&amp;gain</source>
        <translation>重新查看(&amp;G)</translation>
    </message>
    <message>
        <source>Stop loo&amp;king</source>
        <translation>停止查看(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Watch SIM cards…</source>
        <translation>关注 SIM 卡(&amp;W)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>全部显示(&amp;L)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>续订(&amp;N)…</translation>
    </message>
    <message>
        <source>Order &amp;plan…</source>
        <translation>订购套餐(&amp;P)…</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>提前结束(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>AttentionRulesDialog</name>
    <message>
        <source>What needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>What the Attention tab lists, and how often the console looks again on its own.</source>
        <translation>“待处理”标签页列出哪些事项，以及控制台自行重新查看的频率。</translation>
    </message>
    <message>
        <source>Orders that &amp;expire within (days):</source>
        <translation>在以下天数内到期的订单(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Little data left, below:</source>
        <translation>剩余流量不足，低于(&amp;L)：</translation>
    </message>
    <message>
        <source>Unit of the threshold</source>
        <translation>阈值的单位</translation>
    </message>
    <message>
        <source>Look again every (&amp;minutes):</source>
        <translation>每隔以下分钟数重新查看(&amp;M)：</translation>
    </message>
    <message>
        <source>List these reasons</source>
        <translation>列出以下原因</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Cube Console: SIM cards, data usage and data-plan orders of a Linksfield Cube account.</source>
        <translation>Cube 控制台：查看 Linksfield Cube 账户的 SIM 卡、流量使用情况和流量套餐订单。</translation>
    </message>
    <message>
        <source>Start the built-in Cube simulator and connect to its demo account.</source>
        <translation>启动内置的 Cube 模拟器，并连接到其演示账户。</translation>
    </message>
    <message>
        <source>Language of the interface and of the server&apos;s messages: zh-CN or en-US.</source>
        <translation>界面及服务器消息的语言：zh-CN 或 en-US。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh-CN or en-US.</source>
        <translation>未知语言“%1”：请使用 zh-CN 或 en-US。</translation>
    </message>
    <message>
        <source>Record changes in the journal FILE instead of the shared one.</source>
        <translation>将变更记入日志文件 FILE，而不是共用的日志。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>EndOrderEarlyDialog</name>
    <message>
        <source>End order early</source>
        <translation>提前结束订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order code:</source>
        <translation>订单编号：</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Remaining data:</source>
        <translation>剩余流量：</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Device type:</source>
        <translation>设备类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Ending an order early cannot be undone: the plan stops now, and its remaining data and days are lost.</source>
        <translation>提前结束订单后无法撤销：套餐将立即停止，剩余的流量和天数将作废。</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>我已了解此操作无法撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>ICCID or order code</source>
        <translation>ICCID 或订单号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>操作人(&amp;B)</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按操作人筛选</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube 控制台</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Cube Console</source>
        <translation>关于 Cube 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;SIM cards</source>
        <translation>SIM 卡(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>Double-click a failed action to read its whole message.</source>
        <translation>双击失败的操作可查看完整信息。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export SIM cards as CSV…</source>
        <translation>将 SIM 卡导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Select pasted ICCIDs</source>
        <translation>选中粘贴的 ICCID(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find SIM card</source>
        <translation>查找 SIM 卡(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>历史(&amp;T)</translation>
    </message>
    <message>
        <source>This session&apos;s actions, reads included:</source>
        <translation>本次会话的操作（含查询）：</translation>
    </message>
    <message>
        <source>This session&apos;s actions</source>
        <translation>本次会话的操作</translation>
    </message>
    <message>
        <source>Attent&amp;ion</source>
        <translation>待处理(&amp;I)</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>仅查看</translation>
    </message>
</context>
<context>
    <name>OrderPlanDialog</name>
    <message>
        <source>Order a plan</source>
        <translation>订购套餐</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>套餐(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>周期数(&amp;E)：</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>支付方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>&amp;Amount per SIM card:</source>
        <translation>每张 SIM 卡金额(&amp;A)：</translation>
    </message>
    <message>
        <source>In all:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Pai&amp;d already</source>
        <translation>已付款(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nable now (the period starts at once)</source>
        <translation>立即启用（周期随即开始）(&amp;N)</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
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
        <translation>订单编号</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>下一页(&amp;X) &gt;</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>取消订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>搜索(&amp;R)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>提前结束(&amp;A)…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>启用(&amp;B)…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>续订(&amp;W)…</translation>
    </message>
    <message>
        <source>Suspen&amp;d SIM…</source>
        <translation>SIM 卡停机(&amp;D)…</translation>
    </message>
    <message>
        <source>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</source>
        <translation>暂停该 SIM 卡的服务（停机），其使用中的订单随之暂停。供应商已将此操作标记为不推荐使用。</translation>
    </message>
    <message>
        <source>Res&amp;ume SIM…</source>
        <translation>SIM 卡复机(&amp;U)…</translation>
    </message>
    <message>
        <source>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</source>
        <translation>恢复该 SIM 卡的服务（复机）及其已暂停的订单。供应商已将此操作标记为不推荐使用。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The base URL is not a valid address, such as https://api.example.com/cube/v4.</source>
        <translation>基础 URL 不是有效地址，应类似 https://api.example.com/cube/v4。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// is allowed only for this computer, such as a local simulator).</source>
        <translation>基础 URL 必须以 https:// 开头（仅本机地址可使用 http://，例如本地模拟器）。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <source>Enter the access code issued for the account (for example P000270).</source>
        <translation>请输入为该账户签发的接入码（例如 P000270）。</translation>
    </message>
    <message>
        <source>The time-out must be 1 to 600 seconds.</source>
        <translation>超时时间必须为 1 到 600 秒。</translation>
    </message>
    <message>
        <source>Unknown operations in the path overrides: %1.</source>
        <translation>路径覆盖中有未知的操作：%1。</translation>
    </message>
    <message>
        <source>UAT (test)</source>
        <translation>UAT（测试环境）</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Connections at once must be 1 to %1.</source>
        <translation>并发连接数必须为 1 到 %1。</translation>
    </message>
    <message>
        <source>Queries a second must be 1 to %1.</source>
        <translation>每秒查询数必须为 1 到 %1。</translation>
    </message>
    <message>
        <source>The daily quota must be at least 1 query.</source>
        <translation>每日配额至少为 1 次查询。</translation>
    </message>
    <message>
        <source>The page size must be 1 to 1,000 rows.</source>
        <translation>每页行数必须为 1 到 1000。</translation>
    </message>
    <message>
        <source>The hours a cached SIM list stays fresh cannot be negative.</source>
        <translation>缓存的 SIM 卡列表有效时长不能为负数。</translation>
    </message>
    <message>
        <source>The profile “%1” is view only: it can look up SIM cards, orders and usage, but changes nothing on the server. Ask whoever manages the team&apos;s profiles for one that may make changes.</source>
        <translation>配置“%1”为仅查看：可以查询 SIM 卡、订单和用量，但不会在服务器上做任何更改。如需操作，请向管理团队配置的人员申请一个可以更改的配置。</translation>
    </message>
    <message>
        <source>Team store: %1.</source>
        <translation>团队存储：%1。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Enter the Cube account&apos;s details. The secret is kept in your system&apos;s keychain, never in a file.</source>
        <translation>请输入 Cube 账户信息。密钥保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Access code:</source>
        <translation>接入码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Time-&amp;out (seconds):</source>
        <translation>超时时间（秒）(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>The zone of the server&apos;s clock. Its times are read in this zone and shown in this computer&apos;s time; its days (day and month usage) are counted in it. The vendor&apos;s servers use UTC+8.</source>
        <translation>服务器时钟所在的时区。服务器给出的时间按此时区读取，并以本机时间显示；日用量和月用量也按此时区划分日期。供应商的服务器使用 UTC+8。</translation>
    </message>
    <message>
        <source>&amp;Gateway allows:</source>
        <translation>网关限制(&amp;G)：</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> 个并发连接</translation>
    </message>
    <message>
        <source>Requests on the wire, and so connections open, at once. The vendor&apos;s gateway allows 3 for each IP address.</source>
        <translation>同时进行中的请求数，也就是同时打开的连接数。供应商的网关每个 IP 地址最多允许 3 个。</translation>
    </message>
    <message>
        <source> a second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Queries started in any one second. The vendor&apos;s gateway allows 10 for each IP address; beyond, it refuses them (HTTP 429).</source>
        <translation>任意一秒内发起的查询数。供应商的网关每个 IP 地址每秒最多允许 10 次，超出的查询会被拒绝（HTTP 429）。</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> 次/天</translation>
    </message>
    <message>
        <source>Queries in one of the server&apos;s days. The vendor&apos;s gateway allows 5,000 for each IP address: everyone at a desk behind one address shares them.</source>
        <translation>服务器一天内的查询数。供应商的网关每个 IP 地址每天最多允许 5000 次：同一 IP 地址下的所有人共用这一配额。</translation>
    </message>
    <message>
        <source>&amp;Rows a page:</source>
        <translation>每页行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Rows asked for in one page of a listing. The vendor&apos;s gateway answers at most 100; a larger page is read at the server&apos;s own size.</source>
        <translation>读取列表时每页请求的行数。供应商的网关每页最多返回 100 行；设得更大时按服务器实际返回的页大小读取。</translation>
    </message>
    <message>
        <source>Cached list &amp;fresh for:</source>
        <translation>缓存列表有效时长(&amp;F)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A start shows the cached SIM list without reading the whole fleet again while it is younger than this; Reload (F5) always reads it. 0: read it at every start.</source>
        <translation>缓存的 SIM 卡列表未超过此时长时，启动后直接显示缓存，不重新读取全部 SIM 卡；重新加载（F5）总会重新读取。0：每次启动都读取。</translation>
    </message>
    <message>
        <source>Queries a second</source>
        <translation>每秒查询数</translation>
    </message>
    <message>
        <source>Queries a day</source>
        <translation>每日查询数</translation>
    </message>
    <message>
        <source>How long to wait for the server&apos;s answer before giving up.</source>
        <translation>等待服务器应答的最长时间，超时即放弃。</translation>
    </message>
    <message>
        <source>A&amp;dvanced settings</source>
        <translation>高级设置(&amp;D)</translation>
    </message>
    <message>
        <source>Settings for a gateway that differs from the vendor&apos;s. Leave them as they are unless its administrator says otherwise.</source>
        <translation>用于与供应商不同的网关的设置。除非该网关的管理员另有说明，请保持不变。</translation>
    </message>
    <message>
        <source>Only for a gateway that differs from the vendor&apos;s: leave these as they are unless its administrator says otherwise.</source>
        <translation>仅用于与供应商不同的网关：除非该网关的管理员另有说明，请保持不变。</translation>
    </message>
    <message>
        <source>Request ti&amp;mes sent in:</source>
        <translation>请求时间单位(&amp;M)：</translation>
    </message>
    <message>
        <source>How the time of each request is written. The vendor&apos;s servers expect seconds.</source>
        <translation>每个请求中时间的写法。供应商的服务器要求以秒为单位。</translation>
    </message>
    <message>
        <source>Server&apos;s time &amp;zone:</source>
        <translation>服务器时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>受信任的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Only for a gateway whose certificate is issued by a private authority: the file (.pem or .crt) of that authority&apos;s certificates.</source>
        <translation>仅用于证书由私有机构签发的网关：该机构证书的文件（.pem 或 .crt）。</translation>
    </message>
    <message>
        <source>Operation &amp;paths:</source>
        <translation>接口路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View only: look up, never change</source>
        <translation>仅查看(&amp;V)：只查询，不更改</translation>
    </message>
    <message>
        <source>For a trainee or a viewer: neither Cube Console nor cubectl sends any change (an order, a renewal, an SMS…) through this profile.</source>
        <translation>供实习人员或只读用户使用：Cube Console 和 cubectl 都不会通过此配置发送任何更改（订购、续订、短信……）。</translation>
    </message>
    <message>
        <source>Team store &amp;URL:</source>
        <translation>团队存储地址(&amp;U)：</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database, where the journal of changes of every desk using this profile is kept: who changed what, the bulk jobs, the count of today&apos;s queries. Leave it empty to keep the journal on this computer.</source>
        <translation>团队的 PostgreSQL 数据库，使用此配置的每台电脑的变更日志都保存在其中：谁更改了什么、批量任务、今日查询次数。留空则变更日志保存在本机。</translation>
    </message>
    <message>
        <source>Team store pass&amp;word:</source>
        <translation>团队存储密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file. Leave it empty when the database needs none or finds its own (~/.pgpass).</source>
        <translation>保存在系统钥匙串中，绝不写入文件。如果数据库不需要密码，或能自行找到密码（~/.pgpass），请留空。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>RenewOrderDialog</name>
    <message>
        <source>Renew order</source>
        <translation>续订订单</translation>
    </message>
    <message>
        <source>Each period:</source>
        <translation>每个周期：</translation>
    </message>
    <message>
        <source>Expires now:</source>
        <translation>当前到期时间：</translation>
    </message>
    <message>
        <source>&amp;Periods to add:</source>
        <translation>增加周期数(&amp;P)：</translation>
    </message>
    <message>
        <source>Expires after renewing:</source>
        <translation>续订后到期时间：</translation>
    </message>
    <message>
        <source>Orders to renew</source>
        <translation>要续订的订单</translation>
    </message>
</context>
<context>
    <name>SendSmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Text of the SMS</source>
        <translation>短信内容</translation>
    </message>
</context>
<context>
    <name>ServerTimeZone</name>
    <message>
        <source>The server writes this time in %1; it is shown in this computer&apos;s time (%2).</source>
        <translation>服务器以 %1 记录此时间；这里以本机时间（%2）显示。</translation>
    </message>
    <message>
        <source>Days are the server&apos;s: a day&apos;s usage counts from midnight to midnight in %1.</source>
        <translation>日期以服务器为准：一天的用量按 %1 的零点到零点计算。</translation>
    </message>
</context>
<context>
    <name>SimDetailPanel</name>
    <message>
        <source>IMSI:</source>
        <translation>IMSI：</translation>
    </message>
    <message>
        <source>MSISDN:</source>
        <translation>MSISDN：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Plan in use:</source>
        <translation>当前套餐：</translation>
    </message>
    <message>
        <source>Used in this order:</source>
        <translation>本订单已用流量：</translation>
    </message>
    <message>
        <source>High-speed data left:</source>
        <translation>剩余高速流量：</translation>
    </message>
    <message>
        <source>Carrier says left:</source>
        <translation>运营商侧剩余流量：</translation>
    </message>
    <message>
        <source>Used this month:</source>
        <translation>本月已用流量：</translation>
    </message>
    <message>
        <source>Orders of this SIM card</source>
        <translation>此 SIM 卡的订单</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>取消订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Send S&amp;MS…</source>
        <translation>发送短信(&amp;M)…</translation>
    </message>
    <message>
        <source>Changes sent for this SIM card and its orders (journal)</source>
        <translation>为这张 SIM 卡及其订单发送的变更（日志）</translation>
    </message>
    <message>
        <source>Changes sent for this SIM card</source>
        <translation>为这张 SIM 卡发送的变更</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Order p&amp;lan…</source>
        <translation>订购套餐(&amp;L)…</translation>
    </message>
    <message>
        <source>End e&amp;arly…</source>
        <translation>提前结束(&amp;A)…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>启用(&amp;B)…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>续订(&amp;W)…</translation>
    </message>
    <message>
        <source>Suspen&amp;d…</source>
        <translation>停机(&amp;D)…</translation>
    </message>
    <message>
        <source>Suspends the SIM card&apos;s service; its order in use is paused. The vendor marks this operation as deprecated.</source>
        <translation>暂停该 SIM 卡的服务（停机），其使用中的订单随之暂停。供应商已将此操作标记为不推荐使用。</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>复机(&amp;U)…</translation>
    </message>
    <message>
        <source>Resumes the SIM card&apos;s service and its paused order. The vendor marks this operation as deprecated.</source>
        <translation>恢复该 SIM 卡的服务（复机）及其已暂停的订单。供应商已将此操作标记为不推荐使用。</translation>
    </message>
    <message>
        <source>Watched SIMs are read in full (usage and days) at each look on the Attention tab</source>
        <translation>在“待处理”标签页每次查看时，都会完整读取所关注的 SIM 卡（用量和每日用量）</translation>
    </message>
    <message>
        <source>Note on this SIM card</source>
        <translation>此 SIM 卡的备注</translation>
    </message>
    <message>
        <source>A note on this SIM card, e.g. Customer ACME, ticket 4711</source>
        <translation>此 SIM 卡的备注，例如：客户 ACME，工单 4711</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Tags of this SIM card</source>
        <translation>此 SIM 卡的标签</translation>
    </message>
    <message>
        <source>e.g. acme, vip</source>
        <translation>例如：acme, vip</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>The note and tags are kept on this computer for this account, and shared with cubectl; nothing is sent to the server.</source>
        <translation>备注和标签按账户保存在本机，并与 cubectl 共享；不会发送到服务器。</translation>
    </message>
    <message>
        <source>Keeps the note and tags on this computer for this account (Ctrl+S); nothing is sent to the server.</source>
        <translation>将备注和标签按账户保存在本机（Ctrl+S）；不会发送到服务器。</translation>
    </message>
</context>
<context>
    <name>SimListPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>Order &amp;plan for selected…</source>
        <translation>为所选 SIM 卡订购套餐(&amp;P)…</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Search ICCID, IMSI, MSISDN, notes or tag:name</source>
        <translation>搜索 ICCID、IMSI、MSISDN、备注或 tag:标签名</translation>
    </message>
    <message>
        <source>Finds the SIM cards whose ICCID, IMSI or MSISDN contains the search, or whose note or tags hold each of its words. tag:acme keeps the SIM cards tagged acme.</source>
        <translation>查找 ICCID、IMSI 或 MSISDN 包含搜索内容，或备注、标签包含其中每个词的 SIM 卡。tag:acme 只保留带有 acme 标签的 SIM 卡。</translation>
    </message>
</context>
<context>
    <name>SimulatorOptions</name>
    <message>
        <source>A simulator of the Linksfield Cube (CSSS) API on 127.0.0.1, with a seeded fleet of SIM cards, orders and usage, for trying, testing and demonstrating Cube Console.</source>
        <translation>在 127.0.0.1 上运行的 Linksfield Cube（CSSS）API 模拟器，带有按种子生成的 SIM 卡、订单和用量，用于试用、测试和演示 Cube Console。</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>监听端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Seed of the simulated fleet.</source>
        <translation>模拟设备群的随机种子。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Number of SIM cards in the fleet.</source>
        <translation>设备群中的 SIM 卡数量。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The account&apos;s access code.</source>
        <translation>账户的接入码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The account&apos;s secret (a test secret).</source>
        <translation>账户的密钥（测试用密钥）。</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Delay answers: OPERATION:MILLISECONDS. Repeatable.</source>
        <translation>延迟应答：OPERATION:毫秒数。可重复使用。</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>端口必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>种子必须是整数。</translation>
    </message>
    <message>
        <source>Bad --fault &quot;%1&quot;: %2</source>
        <translation>无效的 --fault“%1”：%2</translation>
    </message>
    <message>
        <source>Bad --latency &quot;%1&quot;: %2</source>
        <translation>无效的 --latency“%1”：%2</translation>
    </message>
    <message>
        <source>Append one JSON line per request to FILE: time, path, business fields, answer code.</source>
        <translation>每个请求向 FILE 追加一行 JSON：时间、路径、业务字段、应答代码。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The size must be a number from 1 to %1.</source>
        <translation>规模必须是 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Answer with camelCase names and every value a string, as the vendor&apos;s documented answers are.</source>
        <translation>以 camelCase 字段名作答，且每个值都是字符串，与供应商文档中的应答一致。</translation>
    </message>
    <message>
        <source>Write times and count days in UTC+OFFSET, e.g. +8 (the vendor&apos;s, the default), 0 or +05:30.</source>
        <translation>以 UTC+OFFSET 写出时间并划分日期，例如 +8（供应商的时区，默认）、0 或 +05:30。</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>The UTC offset must be from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30.</source>
        <translation>UTC 偏移须在 -12 到 +14 小时之间，以 15 分钟为单位，例如 +8 或 +05:30。</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 (no limit) to %2.</source>
        <translation>--%1 必须是 0（不限制）到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>At most this many requests in any second from one address; more get HTTP 429 (default %1, the vendor&apos;s; 0: no limit).</source>
        <translation>同一地址在任意一秒内最多可发的请求数；超出的请求返回 HTTP 429（默认 %1，即供应商的限制；0：不限制）。</translation>
    </message>
    <message>
        <source>At most this many requests of one address in progress at once; more get HTTP 429 (default %1).</source>
        <translation>同一地址最多可同时进行的请求数；超出的请求返回 HTTP 429（默认 %1）。</translation>
    </message>
    <message>
        <source>At most this many requests from one address in one of the server&apos;s days, refused ones included; more get HTTP 429 until its midnight (default %1).</source>
        <translation>同一地址在服务器的一天内最多可发的请求数（含被拒绝的请求）；超出后直到服务器时间零点前都返回 HTTP 429（默认 %1）。</translation>
    </message>
    <message>
        <source>Answer a listing with at most this many rows a page, whatever page_size asks (default %1).</source>
        <translation>列表应答每页最多返回这么多行，无论 page_size 要求多少（默认 %1）。</translation>
    </message>
    <message>
        <source>&quot;none&quot; turns the four limits above off, apart from those given as well, for tests that need raw speed; &quot;vendor&quot; (the default) keeps the vendor&apos;s.</source>
        <translation>“none”关闭以上四项限制（同时明确给出的除外），用于需要全速运行的测试；“vendor”（默认）保留供应商的限制。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>--limits must be &quot;none&quot; or &quot;vendor&quot;.</source>
        <translation>--limits 必须是“none”或“vendor”。</translation>
    </message>
    <message>
        <source>Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX, late=MS (no answer; the write takes effect MS milliseconds later). Repeatable.</source>
        <translation>注入故障：OPERATION:KIND[:RATE]，OPERATION 为操作名或 *，KIND 为 http500、http503、http429、html、malformed、truncated、close、silent、code=XXXX、late=MS（不应答；写操作在 MS 毫秒后生效）之一。可重复。</translation>
    </message>
    <message>
        <source>Cannot read the scenario %1: %2</source>
        <translation>无法读取场景文件 %1：%2</translation>
    </message>
    <message>
        <source>The scenario %1 is not JSON: %2 (at character %3).</source>
        <translation>场景文件 %1 不是 JSON：%2（在第 %3 个字符处）。</translation>
    </message>
    <message>
        <source>The scenario %1 is wrong: %2</source>
        <translation>场景文件 %1 有误：%2</translation>
    </message>
    <message>
        <source>Serve the fleet described in the JSON file FILE instead of a seeded one: SIM cards, their orders and their daily usage, days counted from the server&apos;s midnight (--seed and --size are then ignored; the format is in src/simulator/fleet.h).</source>
        <translation>提供 JSON 文件 FILE 所描述的卡群，而不是按种子生成的卡群：SIM 卡、其订单及每日用量，天数从服务器的午夜起算（此时忽略 --seed 和 --size；格式见 src/simulator/fleet.h）。</translation>
    </message>
</context>
<context>
    <name>WatchSimsDialog</name>
    <message>
        <source>Watch SIM cards</source>
        <translation>关注 SIM 卡</translation>
    </message>
    <message>
        <source>Paste the ICCIDs of the SIM cards to watch, one per line or separated by spaces or commas. At each look a watched SIM card&apos;s usage and days are read in full; its burn rate is then that of its last days.</source>
        <translation>粘贴要关注的 SIM 卡的 ICCID，每行一个，或以空格或逗号分隔。每次查看时都会完整读取所关注 SIM 卡的用量和每日用量；其消耗速度即为最近几天的速度。</translation>
    </message>
    <message>
        <source>ICCIDs to watch</source>
        <translation>要关注的 ICCID</translation>
    </message>
</context>
<context>
    <name>cube::ActivityLog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>The SIM card or order an action was about</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>When the action was done, in this computer&apos;s time zone.</source>
        <translation>操作的时间，按本机时区显示。</translation>
    </message>
</context>
<context>
    <name>cube::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内无应答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer is larger than %n MB, the most this request reads</source>
        <translation>
            <numerusform>应答超过 %n MB，即此请求读取的上限</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>连接在应答到达前关闭</translation>
    </message>
    <message>
        <source>the gateway&apos;s limits admit no more queries for %1</source>
        <translation>受网关限制，%1内无法再查询</translation>
    </message>
    <message numerus="yes">
        <source>sent %n time(s), refused each time</source>
        <translation>
            <numerusform>已发送 %n 次，每次都被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>the day&apos;s quota of %1 queries is spent; the gateway takes more from the server&apos;s next day</source>
        <translation>今日 %1 次查询配额已用完；网关从服务器的下一天起才接受更多查询</translation>
    </message>
</context>
<context>
    <name>cube::AttentionCost</name>
    <message>
        <source>the order listing, as long as its first page says</source>
        <translation>订单列表（页数以第一页所示为准）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) of orders in use</source>
        <translation>
            <numerusform>%Ln 页使用中的订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for the usage of %Ln watched SIM(s)</source>
        <translation>
            <numerusform>%1 次用于 %Ln 张关注的 SIM 卡的用量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for their days not read before</source>
        <translation>
            <numerusform>%Ln 次用于此前未读取的每日用量</numerusform>
        </translation>
    </message>
    <message>
        <source>This look costs no query: it goes by the SIM list and the orders already read.</source>
        <translation>本次查看不耗费查询：依据 SIM 卡列表和已读取的订单。</translation>
    </message>
    <message>
        <source>This look takes about %1 queries: %2.</source>
        <translation>本次查看约需 %1 次查询：%2。</translation>
    </message>
</context>
<context>
    <name>cube::AttentionModel</name>
    <message>
        <source>watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>未关注</translation>
    </message>
    <message>
        <source>Order %1 (plan “%2”) was in use at the last look and expired on %3.</source>
        <translation>订单 %1（套餐“%2”）在上次查看时正在使用，已于 %3 到期。</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 (plan “%2”) expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>订单 %1（套餐“%2”）将于 %3 到期，还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs out about %1 at %2 MB a day (the last %n day(s)); %3 MB left.</source>
        <translation>
            <numerusform>按每天 %2 MB（最近 %n 天）约在 %1 用完；剩余 %3 MB。</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs out about %1 at %2 MB a day (since the order started); %3 MB left.</source>
        <translation>按每天 %2 MB（自订单开始以来）约在 %1 用完；剩余 %3 MB。</translation>
    </message>
    <message>
        <source>%1 MB of the plan&apos;s %2 MB left.</source>
        <translation>套餐 %2 MB 中剩余 %1 MB。</translation>
    </message>
    <message>
        <source>%1 MB left.</source>
        <translation>剩余 %1 MB。</translation>
    </message>
    <message>
        <source>SIM card %1 is activated and has no plan in use.</source>
        <translation>SIM 卡 %1 已激活，但没有使用中的套餐。</translation>
    </message>
    <message>
        <source>The service of SIM card %1 is suspended.</source>
        <translation>SIM 卡 %1 的服务已停机。</translation>
    </message>
    <message>
        <source>SIM card %1 is about to be deactivated.</source>
        <translation>SIM 卡 %1 即将停用。</translation>
    </message>
    <message>
        <source>The day it matters: the expiry, the day the data runs out, or today. %1</source>
        <translation>关键日期：到期日、流量用完之日或今天。%1</translation>
    </message>
    <message numerus="yes">
        <source>The burn rate: for a watched SIM card the average of its last %n complete day(s), for the others the average since its order started.</source>
        <translation>
            <numerusform>消耗速度：对关注的 SIM 卡为最近 %n 个完整日的平均值，对其他 SIM 卡为订单开始以来的平均值。</numerusform>
        </translation>
    </message>
    <message>
        <source>★: the SIM card is on the watchlist; its usage and days are read in full at each look.</source>
        <translation>★：该 SIM 卡在关注列表中；每次查看时都会完整读取其用量和每日用量。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Date it matters</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>Data left (MB)</source>
        <translation>剩余流量（MB）</translation>
    </message>
    <message>
        <source>Rate (MB a day)</source>
        <translation>速度（MB/天）</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
</context>
<context>
    <name>cube::AttentionNotifier</name>
    <message numerus="yes">
        <source>%Ln order(s) expired since the last look</source>
        <translation>
            <numerusform>自上次查看后有 %Ln 个订单已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) expire today</source>
        <translation>
            <numerusform>%Ln 个订单今天到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) expire within %1</source>
        <extracomment>%1 is a number of days (&quot;7 days&quot;)</extracomment>
        <translation>
            <numerusform>%Ln 个订单将在 %1内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) run out of data before their plan expires</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡将在套餐到期前用完流量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) have little data left</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡剩余流量不足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activated SIM(s) have no plan</source>
        <translation>
            <numerusform>%Ln 张已激活的 SIM 卡没有套餐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) suspended</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡已停机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in pre-deactivation</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡待停用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>The end of a list of SIMs or orders: &quot;…, 8986… and 9 more&quot;</extracomment>
        <translation>
            <numerusform>另有 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the summaries of what needs attention, when the status bar says them all</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cube::AttentionPage</name>
    <message>
        <source>Looking at what needs attention. %1</source>
        <translation>正在查看待处理事项。%1</translation>
    </message>
    <message>
        <source>The console&apos;s own look was skipped: it takes about %1 queries, more than a tenth of the %2 left of today&apos;s quota. Look again (F5) to decide.</source>
        <translation>已跳过控制台自行进行的查看：它约需 %1 次查询，超过今日剩余配额 %2 次的十分之一。请按“重新查看”（F5）自行决定。</translation>
    </message>
    <message>
        <source>The look was stopped; nothing it read was kept.</source>
        <translation>查看已停止；已读取的内容均未保留。</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>续订订单</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>%1 (at the last look)</source>
        <translation>%1（上次查看时）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>无法将列表写入 %1：%2。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Export what needs attention</source>
        <translation>导出待处理事项</translation>
    </message>
    <message>
        <source>The orders in use of this account were never read. Look again (F5) reads them: their first page says how many pages there are.</source>
        <translation>此账户使用中的订单尚未读取过。“重新查看”（F5）会读取它们：第一页会说明共有多少页。</translation>
    </message>
    <message>
        <source>The look follows the SIM list, which is not read yet.</source>
        <translation>查看依据 SIM 卡列表，而该列表尚未读取。</translation>
    </message>
    <message>
        <source>Look at the whole account?</source>
        <translation>查看整个账户？</translation>
    </message>
    <message>
        <source>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Look anyway?</source>
        <translation>今日 %2 次查询只剩 %1 次；超出后网关会拒绝来自此 IP 地址的所有查询，包括您同事的查询。仍要查看吗？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) need attention</source>
        <translation>
            <numerusform>%Ln 项待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln new since the last look.</source>
        <translation>
            <numerusform>；自上次查看后新增 %Ln 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The look failed: %1</source>
        <translation>查看失败：%1</translation>
    </message>
    <message>
        <source>Could not look at what needs attention</source>
        <translation>无法查看待处理事项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a reason, how many</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <source>nothing expires or runs out</source>
        <translation>没有到期或用完的项目</translation>
    </message>
    <message>
        <source>Showing what falls on %1 (%2).</source>
        <translation>正在显示 %1 的事项（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) on this day</source>
        <translation>
            <numerusform>当天 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 项中的 %1 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) need attention</source>
        <translation>
            <numerusform>%Ln 项待处理</numerusform>
        </translation>
    </message>
    <message>
        <source> (sorting…)</source>
        <translation>（正在排序…）</translation>
    </message>
    <message>
        <source>Choose at most %1 rows.</source>
        <translation>最多选择 %1 行。</translation>
    </message>
    <message>
        <source>Choose rows first.</source>
        <translation>请先选择行。</translation>
    </message>
    <message>
        <source>Only orders in use can be ended early: choose rows with an order that has not expired.</source>
        <translation>只有使用中的订单才能提前结束：请选择订单尚未到期的行。</translation>
    </message>
    <message>
        <source>A plan is ordered here for SIM cards that have none: choose rows of that reason.</source>
        <translation>此处只为没有套餐的 SIM 卡订购套餐：请选择该原因的行。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln selected order(s) as they are now…</source>
        <translation>
            <numerusform>正在读取所选 %Ln 个订单的当前状态…</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 is no longer in use (%2).</source>
        <translation>订单 %1 已不在使用中（%2）。</translation>
    </message>
    <message>
        <source>The others go on to the next step.</source>
        <translation>其余订单进入下一步。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Order %1 could not be read: %2</source>
        <translation>无法读取订单 %1：%2</translation>
    </message>
    <message>
        <source>The rules are kept with the profile. Looking again with them.</source>
        <translation>规则已随配置文件保存。正在按新规则重新查看。</translation>
    </message>
    <message>
        <source>The rules hold for this session (it has no profile). Looking again with them.</source>
        <translation>规则仅在本次会话中有效（没有配置文件）。正在按新规则重新查看。</translation>
    </message>
    <message>
        <source>F5. From its menu, or with Shift+F5, the orders in use are read again too.</source>
        <translation>F5。通过其菜单或按 Shift+F5 时，还会重新读取使用中的订单。</translation>
    </message>
    <message>
        <source>Look again, &amp;reading the orders in use again</source>
        <translation>重新查看，并重新读取使用中的订单(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;3&lt;/b&gt;&lt;/span&gt; orders expire, &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;▼1&lt;/b&gt;&lt;/span&gt; SIM card runs out of data by forecast. Click a day to list it.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;3&lt;/b&gt;&lt;/span&gt; 个订单到期，&lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;▼1&lt;/b&gt;&lt;/span&gt; 张 SIM 卡按预测将用完流量。点击某一天可列出当天的事项。</translation>
    </message>
    <message numerus="yes">
        <source>Last look at %1 (the server&apos;s day %2): SIM cards %3, orders in use %4; %Ln new since the look before.</source>
        <translation>
            <numerusform>上次查看于 %1（服务器日期 %2）：SIM 卡 %3 张，使用中的订单 %4 个；比前一次查看新增 %Ln 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only orders in use can be renewed: choose rows with an order that has not expired.</source>
        <translation>只有使用中的订单才能续订：请选择订单尚未到期的行。</translation>
    </message>
</context>
<context>
    <name>cube::AttentionReason</name>
    <message>
        <source>Expired since the last look</source>
        <translation>自上次查看后已到期</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Runs out before it expires</source>
        <translation>到期前将用完</translation>
    </message>
    <message>
        <source>Little data left</source>
        <translation>剩余流量不足</translation>
    </message>
    <message>
        <source>Activated, no plan</source>
        <translation>已激活，无套餐</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停机</translation>
    </message>
    <message>
        <source>Pre-deactivation</source>
        <translation>待停用</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRefresh</name>
    <message>
        <source>The orders in use could not be read: %1</source>
        <translation>无法读取使用中的订单：%1</translation>
    </message>
    <message>
        <source>Reading the orders in use: page %1 of %2</source>
        <translation>正在读取使用中的订单：第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>Reading the usage of %Ln watched SIM(s)</source>
        <translation>
            <numerusform>正在读取 %Ln 张关注的 SIM 卡的用量</numerusform>
        </translation>
    </message>
    <message>
        <source>The usage of watched SIMs could not be read: %1</source>
        <translation>无法读取关注的 SIM 卡的用量：%1</translation>
    </message>
    <message>
        <source>A day of a watched SIM&apos;s usage could not be read: %1</source>
        <translation>无法读取关注的 SIM 卡某一天的用量：%1</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %Ln SIM(s)</source>
        <translation>
            <numerusform>正在查看 %Ln 张 SIM 卡</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders in use could not be kept for the next look: %1</source>
        <translation>无法为下次查看保存使用中的订单：%1</translation>
    </message>
    <message>
        <source>The days read could not be kept: %1</source>
        <translation>无法保存已读取的每日用量：%1</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRules</name>
    <message>
        <source>The days before expiry must be from 0 to 366.</source>
        <translation>到期前天数必须在 0 到 366 之间。</translation>
    </message>
    <message>
        <source>The threshold for little data left must be from 0 to 100 percent, or an amount of MB that is not negative.</source>
        <translation>剩余流量不足的阈值必须是 0 到 100 之间的百分比，或不为负数的 MB 数。</translation>
    </message>
    <message>
        <source>The minutes between looks must be from 0 (never) to a week.</source>
        <translation>两次查看之间的分钟数必须在 0（从不）到一周之间。</translation>
    </message>
</context>
<context>
    <name>cube::AttentionRulesDialog</name>
    <message>
        <source>percent of the plan&apos;s data</source>
        <translation>套餐流量的百分比</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>While the console runs it looks again this often, and says what is new on the desktop. 0: only when you ask.</source>
        <translation>控制台运行期间按此频率重新查看，并在桌面通知新的事项。0：仅在您要求时查看。</translation>
    </message>
</context>
<context>
    <name>cube::AttentionStore</name>
    <message>
        <source>The attention file (watchlist and looks) was damaged and was set aside as %1; a new one was started. Watch the SIMs again, or copy the watchlist from the old file with sqlite3.</source>
        <translation>关注文件（关注列表和查看记录）已损坏，已另存为 %1，并新建了一个文件。请重新关注这些 SIM 卡，或用 sqlite3 从旧文件中复制关注列表。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</source>
        <translation>%1 由更新版本的 Cube Console 写入（架构 %2）；此版本读取架构 %3，不会改动该文件。</translation>
    </message>
</context>
<context>
    <name>cube::BurnForecast</name>
    <message numerus="yes">
        <source>At the last %n day(s)&apos; rate (%1 MB a day)</source>
        <translation>
            <numerusform>按最近 %n 天的速度（每天 %1 MB）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its rate since the order started %n day(s) ago (%1 MB a day)</source>
        <translation>
            <numerusform>按订单 %n 天前开始以来的速度（每天 %1 MB）</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage is known yet to forecast from.</source>
        <translation>尚无用量数据，无法预测。</translation>
    </message>
    <message>
        <source>The plan has no data volume to run out of.</source>
        <translation>该套餐不限流量，不会用完。</translation>
    </message>
    <message>
        <source>The plan&apos;s high-speed data is used up.</source>
        <translation>套餐的高速流量已用完。</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data lasts until the plan expires.</source>
        <translation>%1，套餐流量可以用到套餐到期。</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data lasts until the plan expires on %2.</source>
        <translation>%1，套餐流量可以用到套餐于 %2 到期。</translation>
    </message>
    <message>
        <source>%1 the plan&apos;s data runs out about %2.</source>
        <translation>%1，套餐流量约在 %2 用完。</translation>
    </message>
    <message numerus="yes">
        <source>%1 the plan&apos;s data runs out about %2, %n day(s) before it expires.</source>
        <translation>
            <numerusform>%1，套餐流量约在 %2 用完，比套餐到期早 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::CaBundle</name>
    <message>
        <source>The CA bundle named in the profile, %1, does not exist.</source>
        <translation>配置中指定的 CA 证书包 %1 不存在。</translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, is a folder, not a file.</source>
        <translation>配置中指定的 CA 证书包 %1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, cannot be read (%2).</source>
        <translation>配置中指定的 CA 证书包 %1 无法读取（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The CA bundle named in the profile, %1, is larger than %n MB: it is not a bundle of certificates.</source>
        <translation>
            <numerusform>配置中指定的 CA 证书包 %1 大于 %n MB：它不是证书包。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA bundle named in the profile, %1, holds no certificate in PEM form.</source>
        <translation>配置中指定的 CA 证书包 %1 中没有 PEM 格式的证书。</translation>
    </message>
</context>
<context>
    <name>cube::ChangeWriter</name>
    <message>
        <source>this kind of change cannot be sent again from its job.</source>
        <translation>这类变更无法从其任务中再次发送。</translation>
    </message>
    <message>
        <source>this operation only reads; it is not sent as a change.</source>
        <translation>此操作仅用于查询，不会作为变更发送。</translation>
    </message>
</context>
<context>
    <name>cube::ConsoleSession</name>
    <message>
        <source>My Cube account</source>
        <translation>我的 Cube 账户</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建连接配置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑连接配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>删除连接配置(&amp;D)…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source> — secret for this session only</source>
        <translation> — 密钥仅用于本次会话</translation>
    </message>
    <message>
        <source>%1 (%2) at %3, account %4</source>
        <translation>%1（%2）%3，账户 %4</translation>
    </message>
    <message>
        <source>The secret could not be saved</source>
        <translation>无法保存密钥</translation>
    </message>
    <message>
        <source>You can use the secret for this session only: it is kept in memory and never written. You will be asked again next time.</source>
        <translation>您可以仅在本次会话中使用此密钥：密钥只保存在内存中，绝不写入磁盘。下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>仅用于本次会话(&amp;S)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>删除连接配置“%1”及其在钥匙串中的密钥？</translation>
    </message>
    <message>
        <source>D&amp;uplicate profile…</source>
        <translation>复制连接配置(&amp;U)…</translation>
    </message>
    <message>
        <source>C&amp;lear SIM list cache</source>
        <translation>清除 SIM 卡列表缓存(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (view only)</source>
        <translation>%1（仅查看）</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>团队存储</translation>
    </message>
    <message>
        <source>The team store&apos;s password could not be saved: %1 It is used for this session only.</source>
        <translation>无法保存团队存储的密码：%1 该密码仅用于本次会话。</translation>
    </message>
    <message>
        <source>The team store&apos;s password could not be read. %1</source>
        <translation>无法读取团队存储的密码。%1</translation>
    </message>
    <message>
        <source>Connecting to the team store %1…</source>
        <translation>正在连接团队存储 %1…</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached: %2

The console shows what it reads, but sends no change until the team store can be reached: check the network and the profile&apos;s team store address and password, or ask whoever runs the team&apos;s server, then choose the profile again in the Connection menu.</source>
        <translation>无法连接团队存储 %1：%2

控制台仍会显示读取到的内容，但在能连接团队存储之前不会发送任何更改：请检查网络以及配置中的团队存储地址和密码，或询问负责团队服务器的人员，然后在“连接”菜单中重新选择该配置。</translation>
    </message>
</context>
<context>
    <name>cube::CubeClient</name>
    <message>
        <source>no SIM cards were given.</source>
        <translation>未指定任何 SIM 卡。</translation>
    </message>
    <message>
        <source>renew for at least one period.</source>
        <translation>续订周期至少为 1。</translation>
    </message>
    <message>
        <source>a reason for ending the order early is required.</source>
        <translation>提前结束订单必须填写原因。</translation>
    </message>
    <message numerus="yes">
        <source>the reason is longer than %n character(s).</source>
        <translation>
            <numerusform>原因超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>device type %1 does not exist; use 1 to 5.</source>
        <translation>设备类型 %1 不存在，请使用 1 到 5。</translation>
    </message>
    <message>
        <source>the message is empty.</source>
        <translation>短信内容为空。</translation>
    </message>
    <message>
        <source>the amount %1 is not an amount from 0 to %2.</source>
        <translation>金额 %1 不在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>order at least one period.</source>
        <translation>至少订购一个周期。</translation>
    </message>
    <message>
        <source>the answer is about SIM %1, not %2</source>
        <translation>应答说的是 SIM 卡 %1，而不是 %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>an OTA order needs a payment type (0 ipay88, 1 WeChat Pay, 2 Alipay).</source>
        <translation>OTA 订单必须指定支付方式（0 ipay88，1 微信支付，2 支付宝）。</translation>
    </message>
    <message>
        <source>the reason has a line break, a tab or another control character (%1, character %2); write it as one line.</source>
        <extracomment>%1 is the character&apos;s code (U+000A), %2 where it is (1 is the first character)</extracomment>
        <translation>原因中含有换行符、制表符或其他控制字符（%1，第 %2 个字符）；请写成一行。</translation>
    </message>
    <message>
        <source>the reason has an invisible or direction-changing character (%1, character %2), perhaps copied with it; delete it or type the reason again.</source>
        <extracomment>%1 is the character&apos;s code (U+202E), %2 where it is (1 is the first character)</extracomment>
        <translation>原因中含有不可见字符或改变文字方向的字符（%1，第 %2 个字符），可能是随复制的文字带入的；请删除该字符或重新输入原因。</translation>
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
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>cube::EndOrderEarlyDialog</name>
    <message>
        <source>Customer request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Device lost or stolen</source>
        <translation>设备丢失或被盗</translation>
    </message>
    <message>
        <source>Wrong plan ordered</source>
        <translation>订错套餐</translation>
    </message>
    <message>
        <source>Device returned or replaced</source>
        <translation>设备退回或更换</translation>
    </message>
    <message>
        <source>Testing finished</source>
        <translation>测试结束</translation>
    </message>
    <message>
        <source>Choose or type why the order ends</source>
        <translation>选择或输入结束订单的原因</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>&lt;b&gt;End order %1 early?&lt;/b&gt;</source>
        <translation>&lt;b&gt;提前结束订单 %1？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Give a reason: the server requires one.</source>
        <translation>请填写原因：服务器要求必须提供。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>已提前结束</translation>
    </message>
    <message>
        <source>End order early</source>
        <translation>提前结束订单</translation>
    </message>
    <message>
        <source>The order was ended early.</source>
        <translation>订单已提前结束。</translation>
    </message>
    <message>
        <source>Stopping after the order being sent…</source>
        <translation>正在发送的订单完成后将停止…</translation>
    </message>
    <message>
        <source>Ending these orders takes at least %1, and only %2 of today&apos;s %3 queries are left: the gateway will refuse the orders beyond them until the server&apos;s next day.</source>
        <translation>结束这些订单至少需要 %1，而今日 %3 次查询配额只剩 %2 次：超出的订单将被网关拒绝，直到服务器的下一天。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln 次查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %Ln order(s) early</source>
        <translation>
            <numerusform>提前结束 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;End %Ln order(s) early</source>
        <translation>
            <numerusform>提前结束 %Ln 个订单(&amp;E)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;End these %Ln orders early?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;提前结束这 %Ln 个订单？&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two counts of an End early job: &quot;3 orders ended early&quot; and &quot;1 failed or not sent.&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) ended early</source>
        <translation>
            <numerusform>%Ln 个订单已提前结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed or not sent.</source>
        <translation>
            <numerusform>%Ln 个失败或未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 ended early</source>
        <translation>订单 %1 已提前结束</translation>
    </message>
    <message>
        <source>Order %1 was not ended early</source>
        <translation>订单 %1 未能提前结束</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) ended early</source>
        <extracomment>The result of an End early job: &quot;3 of 4 orders ended early&quot;.</extracomment>
        <translation>
            <numerusform>%Ln 个订单中 %1 个已提前结束</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
</context>
<context>
    <name>cube::ExpiryCalendar</name>
    <message numerus="yes">
        <source>%Ln order(s) expire</source>
        <translation>
            <numerusform>%Ln 个订单到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) run out of data by forecast</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡按预测将用完流量</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cube::FleetCache</name>
    <message>
        <source>The SIM list cache was made by another version of Cube Console (schema %1) and was discarded. The list is read from the server again.</source>
        <translation>SIM 卡列表缓存由其他版本的 Cube Console 创建（架构 %1），已丢弃。将重新从服务器读取列表。</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was set aside as %2; a new cache was started and the list is read from the server again.</source>
        <translation>缓存的 SIM 卡列表已损坏（%1），已另存为 %2；已新建缓存，列表将从服务器重新读取。</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and could not be set aside; it was discarded and the list is read from the server again.</source>
        <translation>缓存的 SIM 卡列表已损坏（%1），且无法另存；已将其丢弃，列表将从服务器重新读取。</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>该文件已损坏：%1</translation>
    </message>
</context>
<context>
    <name>cube::FleetCacheDecoder</name>
    <message>
        <source>order code</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>its date is not between the years 2000 and 2200</source>
        <translation>其日期不在 2000 年至 2200 年之间</translation>
    </message>
    <message>
        <source>its rows are %L1 bytes each instead of %2</source>
        <translation>其每行为 %L1 字节，而非 %2 字节</translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards</source>
        <translation>其记有 %L1 张 SIM 卡</translation>
    </message>
    <message>
        <source>the dictionary blob</source>
        <translation>字典数据块</translation>
    </message>
    <message>
        <source>its dictionary does not begin with an empty plan and order prefix</source>
        <translation>其字典开头不是空的套餐和订单前缀</translation>
    </message>
    <message>
        <source>its dictionary holds %L1 order prefixes, more than %L2</source>
        <translation>其字典含 %L1 个订单前缀，超过 %L2 个</translation>
    </message>
    <message>
        <source>its head is missing</source>
        <translation>缺少其表头</translation>
    </message>
    <message>
        <source>part %L1 is missing or out of order</source>
        <translation>第 %L1 部分缺失或顺序错乱</translation>
    </message>
    <message>
        <source>part %L1 holds %L2 SIM cards where %L3 belong</source>
        <translation>第 %L1 部分含 %L2 张 SIM 卡，应为 %L3 张</translation>
    </message>
    <message>
        <source>the rows blob of part %L1 is empty</source>
        <translation>第 %L1 部分的行数据块为空</translation>
    </message>
    <message numerus="yes">
        <source>the rows blob of part %L1 is %n byte(s) short</source>
        <translation>
            <numerusform>第 %L1 部分的行数据块短了 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards but holds more</source>
        <translation>其记有 %L1 张 SIM 卡，实际却更多</translation>
    </message>
    <message>
        <source>the texts blob of part %L1</source>
        <translation>第 %L1 部分的文本数据块</translation>
    </message>
    <message>
        <source>SIM card %L1 has a damaged %2</source>
        <translation>第 %L1 张 SIM 卡的%2已损坏</translation>
    </message>
    <message>
        <source>the %1 of SIM card %L2 is kept as text, but the text is missing</source>
        <translation>第 %L2 张 SIM 卡的%1以文本保存，但文本缺失</translation>
    </message>
    <message>
        <source>SIM card %L1 names plan %L2, but the dictionary holds %L3</source>
        <translation>第 %L1 张 SIM 卡指向套餐 %L2，但字典只有 %L3 个</translation>
    </message>
    <message>
        <source>SIM card %L1 has a damaged order code</source>
        <translation>第 %L1 张 SIM 卡的订单编号已损坏</translation>
    </message>
    <message>
        <source>SIM card %L1 names order prefix %L2, but the dictionary holds %L3</source>
        <translation>第 %L1 张 SIM 卡指向订单前缀 %L2，但字典只有 %L3 个</translation>
    </message>
    <message>
        <source>SIM card %L1 has an unknown state (%2)</source>
        <translation>第 %L1 张 SIM 卡的状态未知（%2）</translation>
    </message>
    <message>
        <source>SIM card %L1 has a data usage that is not a number</source>
        <translation>第 %L1 张 SIM 卡的用量不是数字</translation>
    </message>
    <message>
        <source>the texts blob of part %L1 holds a text for a field that is not kept as text</source>
        <translation>第 %L1 部分的文本数据块含有一个不以文本保存的字段的文本</translation>
    </message>
    <message>
        <source>it counts %L1 SIM cards but holds %L2</source>
        <translation>其记有 %L1 张 SIM 卡，实际有 %L2 张</translation>
    </message>
    <message>
        <source>its rows do not hold together</source>
        <translation>其各行数据互相矛盾</translation>
    </message>
</context>
<context>
    <name>cube::FleetReadCost</name>
    <message numerus="yes">
        <source>Reading %Ln SIM card(s) takes about %1 and %2 at %3 a second.</source>
        <translation>
            <numerusform>读取 %Ln 张 SIM 卡约需 %1，按每秒 %3 次计算约需 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln 次查询</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::HistoryModel</name>
    <message>
        <source>When the change was recorded, just before it was sent, in this computer&apos;s time zone.</source>
        <translation>变更被记录的时间（即发送前一刻），按本机时区显示。</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Order or SIM</source>
        <translation>订单或 SIM 卡</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>发送的字段</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>服务器代码</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>服务器消息</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>Order or SIM: %1</source>
        <translation>订单或 SIM 卡：%1</translation>
    </message>
    <message>
        <source>Outcome: %1 (%2)</source>
        <translation>结果：%1（%2）</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>发送：%1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>应答：%1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>核查：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Profile: %1 (access code %2, %3)</source>
        <translation>配置：%1（接入码 %2，%3）</translation>
    </message>
    <message>
        <source>Job %1, item %2</source>
        <translation>任务 %1，第 %2 项</translation>
    </message>
    <message>
        <source>Server: %1 %2</source>
        <translation>服务器：%1 %2</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Periods added</source>
        <translation>续订周期数</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>套餐编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>周期数</translation>
    </message>
    <message>
        <source>Enable now</source>
        <translation>立即启用</translation>
    </message>
    <message>
        <source>Global order</source>
        <translation>全球订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Country code (MCC)</source>
        <translation>国家代码（MCC）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Timing type</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <source>Test data</source>
        <translation>测试流量</translation>
    </message>
    <message>
        <source>Test flag</source>
        <translation>测试标志</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One field a change sent: its name and its value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>发送给服务器的内容：</translation>
    </message>
    <message numerus="yes">
        <source>Refused %Ln time(s) for the gateway&apos;s limits (HTTP 429: not acted on), then sent again</source>
        <translation>
            <numerusform>因网关限制被拒绝 %Ln 次（HTTP 429：未执行），随后重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>The column of who sent a change, and from which computer</extracomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>By: %1, with %2</source>
        <extracomment>Who sent a change, from which computer, and with which program</extracomment>
        <translation>操作人：%1，使用 %2</translation>
    </message>
</context>
<context>
    <name>cube::HistoryPage</name>
    <message>
        <source>Every change</source>
        <translation>所有变更</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>No journal of changes is kept for this connection.</source>
        <translation>此连接不保存变更日志。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>无法将历史写入 %1：%2。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Change in the journal</source>
        <translation>日志中的变更</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln change(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>最新的 %Ln 条变更；缩小筛选范围可查看更早的变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln 条变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条变更导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>cube::Iccid</name>
    <message>
        <source>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</source>
        <translation>“%1”不是有效的 ICCID：ICCID 应为 19 或 20 位数字。</translation>
    </message>
</context>
<context>
    <name>cube::InterruptedJobBar</name>
    <message>
        <source>Chec&amp;k the unknown</source>
        <translation>核查未知项(&amp;K)</translation>
    </message>
    <message>
        <source>Reads what the changes whose answer never came did; sends nothing.</source>
        <translation>查询未收到应答的变更的实际结果；不发送任何内容。</translation>
    </message>
    <message>
        <source>Resume jo&amp;b…</source>
        <translation>继续任务(&amp;B)…</translation>
    </message>
    <message>
        <source>Sends only the changes that never reached the server.</source>
        <translation>只发送从未到达服务器的变更。</translation>
    </message>
    <message>
        <source>Hide the interrupted job</source>
        <translation>隐藏被中断的任务</translation>
    </message>
    <message>
        <source>Resume job %1</source>
        <translation>继续任务 %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Resuming job %1…</source>
        <translation>正在继续任务 %1…</translation>
    </message>
    <message>
        <source>Checking job %1…</source>
        <translation>正在核查任务 %1…</translation>
    </message>
    <message>
        <source>Job %1 resumed: %2 done, %3 not done, %4 unknown.</source>
        <translation>任务 %1 已继续：完成 %2，未完成 %3，未知 %4。</translation>
    </message>
    <message>
        <source>Job %1 checked: %2 done, %3 not done, %4 unknown.</source>
        <translation>任务 %1 已核查：完成 %2，未完成 %3，未知 %4。</translation>
    </message>
    <message>
        <source>Cut short: %1</source>
        <translation>被中断：%1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more interrupted job(s): see cubectl jobs list.)</source>
        <translation>
            <numerusform>（另有 %Ln 个被中断的任务：见 cubectl jobs list。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln change(s) of job %1 that never reached the server?</source>
        <translation>
            <numerusform>发送任务 %1 中从未到达服务器的 %Ln 条变更？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
The %Ln change(s) whose answer never came are checked first, by reading only; a change whose outcome stays unknown is never sent again.</source>
        <translation>
            <numerusform>%1
未收到应答的 %Ln 条变更会先以只读方式核查；结果仍不明的变更绝不会再次发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::JobResumption</name>
    <message>
        <source>Job %1 was sent to the account %2 at %3; connect to that account to check or resume it.</source>
        <translation>任务 %1 发往 %3 上的账户 %2；请连接该账户后再核查或继续。</translation>
    </message>
</context>
<context>
    <name>cube::Journal</name>
    <message>
        <source>its tables could not be made</source>
        <translation>无法创建其数据表</translation>
    </message>
    <message>
        <source>it was made by a newer version of Cube Console (schema %1; this version knows %2)</source>
        <translation>它由更新版本的 Cube Console 创建（结构版本 %1；本版本支持 %2）</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>数据库拒绝了这次写入</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of changes that were sent could not be recorded in the journal of changes (%1): another program kept it locked. Those changes show as unknown until a check (cubectl jobs check) reads what they did.</source>
        <translation>
            <numerusform>已发送的变更中有 %n 步无法记入变更日志（%1）：另一个程序一直锁着它。在检查（cubectl jobs check）读出其结果之前，这些变更显示为未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more write(s) to the journal of changes failed.</source>
        <translation>
            <numerusform>另有 %n 次写入变更日志失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal of changes (%1) is busy: another program kept it locked for too long. Try again in a moment, or when that program has finished.</source>
        <translation>变更日志（%1）正忙：另一个程序锁定它的时间过长。请稍后再试，或等该程序结束后再试。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>the journal of changes (%1) cannot be written (%2). Free some disk space or make the journal&apos;s folder writable, then try again.</source>
        <translation>变更日志（%1）无法写入（%2）。请释放一些磁盘空间，或使日志所在文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>被另一个程序锁定</translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be written: %2. Further failures are counted, not shown.</source>
        <translation>变更日志（%1）无法写入：%2。之后的失败只计数，不再逐条显示。</translation>
    </message>
    <message>
        <source>the journal of changes in the team store %1 cannot be written (%2). Check the network and the team store&apos;s address and password in the profile, or ask whoever runs the team&apos;s server, then try again.</source>
        <translation>团队存储 %1 中的变更日志无法写入（%2）。请检查网络以及配置中的团队存储地址和密码，或询问负责团队服务器的人员，然后重试。</translation>
    </message>
    <message>
        <source>The team store %1 lets you look only: your role there may not record changes, so none is sent. Ask whoever runs the team&apos;s server for a role that may make changes.</source>
        <translation>团队存储 %1 只允许您查看：您在其中的角色不能记录变更，因此不会发送任何更改。请向负责团队服务器的人员申请一个可以更改的角色。</translation>
    </message>
    <message>
        <source>job %1 is no longer run from here: another desk took it over while this one was cut off from the team store</source>
        <translation>任务 %1 不再由本机执行：本机与团队存储断开期间，另一台电脑接手了它</translation>
    </message>
    <message>
        <source>Job %1 was taken over by another desk while this one had lost its connection to the team store; nothing more of it is sent from here.</source>
        <translation>本机与团队存储断开连接期间，任务 %1 被另一台电脑接手；本机不再发送其中的任何项目。</translation>
    </message>
</context>
<context>
    <name>cube::JournalWords</name>
    <message>
        <source>Recorded, no answer</source>
        <translation>已记录，无应答</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>已发送，无应答</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Answer lost</source>
        <translation>应答丢失</translation>
    </message>
    <message>
        <source>Answer lost; checked: done</source>
        <translation>应答丢失；核查：已完成</translation>
    </message>
    <message>
        <source>Answer lost; checked: not done</source>
        <translation>应答丢失；核查：未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Order a plan</source>
        <translation>订购套餐</translation>
    </message>
    <message>
        <source>Order a plan for many SIM cards</source>
        <translation>为多张 SIM 卡订购套餐</translation>
    </message>
    <message>
        <source>Order a roaming plan</source>
        <translation>订购漫游套餐</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>续订订单</translation>
    </message>
    <message>
        <source>Enable order</source>
        <translation>启用订单</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>End order early</source>
        <translation>提前结束订单</translation>
    </message>
    <message>
        <source>Suspend SIM</source>
        <translation>停用 SIM 卡</translation>
    </message>
    <message>
        <source>Resume SIM</source>
        <translation>恢复 SIM 卡</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>被中断</translation>
    </message>
    <message>
        <source>Job %1: %2 × %3, started %4 by %5 (%6): %7 done, %8 not done, %9 unknown, %10 not sent.</source>
        <translation>任务 %1：%2 × %3，由 %5 于 %4 开始（%6）：完成 %7，未完成 %8，未知 %9，未发送 %10。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Job %1 is being resumed by %2, process %3, since %4.</source>
        <translation>任务 %1 正由 %2（进程 %3）自 %4 起继续执行。</translation>
    </message>
    <message>
        <source>Job %1 is being checked by %2, process %3, since %4.</source>
        <translation>任务 %1 正由 %2（进程 %3）自 %4 起检查。</translation>
    </message>
    <message>
        <source>Job %1 is being run by %2, process %3, since %4.</source>
        <translation>任务 %1 正由 %2（进程 %3）自 %4 起运行。</translation>
    </message>
    <message>
        <source>Nothing was sent; try again when it has ended.</source>
        <translation>未发送任何内容；请在其结束后再试。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were sent at %1 with no answer; they can be checked from %2.</source>
        <translation>
            <numerusform>%n 项已于 %1 发出但未收到应答；可从 %2 起检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were sent between %1 and %2 with no answer; they can be checked from %3.</source>
        <translation>
            <numerusform>%n 项已于 %1 至 %2 之间发出但未收到应答；可从 %3 起检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in the journal: their full name and their user name on the computer</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>someone on %1</source>
        <extracomment>Who sent a change, when only the computer it came from is known</extracomment>
        <translation>%1 上的某人</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who sent a change, and the computer (host name) it came from: &quot;Wang Fang (wangf) on desk-3&quot;</extracomment>
        <translation>%1，在 %2 上</translation>
    </message>
</context>
<context>
    <name>cube::MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube 控制台</translation>
    </message>
    <message>
        <source>Demo simulator at %1 (account %2)</source>
        <translation>演示模拟器 %1（账户 %2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>About Cube Console</source>
        <translation>关于 Cube 控制台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cube Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds the SIM cards of a Linksfield Cube account, shows their state, usage and data-plan orders, and acts on those orders.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cube 控制台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;查找 Linksfield Cube 账户的 SIM 卡，查看其状态、流量使用情况和流量套餐订单，并对订单进行操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Journal of changes</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be written: %2

No change will be sent until it can: free some disk space or make its folder writable, then start Cube Console again.</source>
        <translation>变更日志（%1）无法写入：%2

在能写入之前不会发送任何变更：请释放磁盘空间或让其文件夹可写，然后重新启动 Cube Console。</translation>
    </message>
    <message>
        <source>The journal of changes was damaged. It was kept as %1 and a new one was started.</source>
        <translation>变更日志已损坏。原文件保留为 %1，并已新建日志。</translation>
    </message>
    <message>
        <source>The server is limiting queries: waiting %1, then going on.</source>
        <translation>服务器正在限制查询频率：等待 %1，然后继续。</translation>
    </message>
    <message>
        <source>Attent&amp;ion</source>
        <translation>待处理(&amp;I)</translation>
    </message>
    <message>
        <source>Attent&amp;ion (%1)</source>
        <translation>待处理(&amp;I)（%1）</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>团队存储：%1</translation>
    </message>
    <message>
        <source>Team store: %1 (cannot be reached)</source>
        <translation>团队存储：%1（无法连接）</translation>
    </message>
    <message>
        <source>The journal of changes is kept in the team store %1, shared by the team&apos;s desks.</source>
        <translation>变更日志保存在团队存储 %1 中，由团队的各台电脑共用。</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached (%2): no change is sent until it can.</source>
        <translation>无法连接团队存储 %1（%2）：在能连接之前不会发送任何更改。</translation>
    </message>
</context>
<context>
    <name>cube::OrderActions</name>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Enable order</source>
        <translation>启用订单</translation>
    </message>
    <message>
        <source>Choose an order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <source>This order is paused: resume its SIM card first.</source>
        <translation>该订单已暂停：请先为其 SIM 卡复机。</translation>
    </message>
    <message>
        <source>Only an order in use can be ended early.</source>
        <translation>只有使用中的订单可以提前结束。</translation>
    </message>
    <message>
        <source>Only one order, not enabled yet, can be cancelled at a time.</source>
        <translation>一次只能取消一个尚未启用的订单。</translation>
    </message>
    <message>
        <source>Only one order, not enabled yet, can be enabled at a time.</source>
        <translation>一次只能启用一个尚未启用的订单。</translation>
    </message>
    <message>
        <source>Only one order in use can be renewed at a time.</source>
        <translation>一次只能续订一个使用中的订单。</translation>
    </message>
    <message>
        <source>Cancel order %1 of plan “%2” for SIM card %3?</source>
        <translation>取消 SIM 卡 %3 的套餐“%2”订单 %1？</translation>
    </message>
    <message>
        <source>The order has not been enabled yet. Cancelling it means it never runs: it cannot be enabled again.</source>
        <translation>该订单尚未启用。取消后它将不会生效，也无法再启用。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留订单</translation>
    </message>
    <message>
        <source>Order %1 cancelled (plan “%2”, SIM card %3).</source>
        <translation>订单 %1 已取消（套餐“%2”，SIM 卡 %3）。</translation>
    </message>
    <message>
        <source>Enable order %1 of plan “%2” for SIM card %3 now?</source>
        <translation>立即启用 SIM 卡 %3 的套餐“%2”订单 %1？</translation>
    </message>
    <message>
        <source>Its period starts at once, and so does its data.</source>
        <translation>其周期随即开始，流量也随即可用。</translation>
    </message>
    <message>
        <source>Enable the order</source>
        <translation>启用订单</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不启用</translation>
    </message>
    <message>
        <source>Order %1 enabled (plan “%2”, SIM card %3).</source>
        <translation>订单 %1 已启用（套餐“%2”，SIM 卡 %3）。</translation>
    </message>
    <message>
        <source>Order %1 enabled (plan “%2”, SIM card %3); it runs until %4.</source>
        <translation>订单 %1 已启用（套餐“%2”，SIM 卡 %3），有效期至 %4。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>action, order code, what went wrong</comment>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>cube::OrderCode</name>
    <message>
        <source>the order code is empty.</source>
        <translation>订单编号为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order code: an order code has 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不是订单编号：订单编号由 1 到 64 个字母、数字、“_”或“-”组成。</translation>
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
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>SIM card %1</source>
        <translation>SIM 卡 %1</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Loading the account&apos;s plans…</source>
        <translation>正在加载账户可订购的套餐…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Order %1 placed; it runs from %2 to %3.</source>
        <translation>订单 %1 已下单，有效期 %2 至 %3。</translation>
    </message>
    <message>
        <source>Order %1 placed; it starts when it is enabled.</source>
        <translation>订单 %1 已下单，启用后开始生效。</translation>
    </message>
    <message>
        <source>Order plan</source>
        <translation>订购套餐</translation>
    </message>
    <message numerus="yes">
        <source>Order a plan for %Ln SIM card(s)</source>
        <translation>
            <numerusform>为 %Ln 张 SIM 卡订购套餐</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation>订购(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s): %1</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose a plan…</source>
        <translation>请选择套餐…</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result for each SIM card</source>
        <translation>每张 SIM 卡的结果</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>plan name, terms</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a plan to see its price.</source>
        <translation>选择套餐后显示价格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>确认订购</translation>
    </message>
    <message>
        <source>Look at the SIM card&apos;s orders before ordering again.</source>
        <translation>再次订购前请先查看该 SIM 卡的订单。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not name this SIM card; look at its orders before ordering again.</source>
        <translation>服务器的答复未提及此 SIM 卡；再次订购前请先查看其订单。</translation>
    </message>
    <message>
        <source>Placed; runs from %1 to %2</source>
        <translation>已下单，有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>Placed; starts when it is enabled</source>
        <translation>已下单，启用后开始生效</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>未下单：%1</translation>
    </message>
    <message>
        <source>Not known whether it was placed: %1</source>
        <translation>不确定是否已下单：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>ICCID: order code, result</comment>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Order %1 placed: %2 for SIM %3.</source>
        <translation>订单 %1 已下单：为 SIM 卡 %3 订购 %2。</translation>
    </message>
    <message>
        <source>Ordering %1 for SIM %2: %3</source>
        <translation>为 SIM 卡 %2 订购 %1：%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) placed.</source>
        <translation>
            <numerusform>已下 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) not ordered: see the list.</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡未订购：见列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln SIM card(s) it is not known whether an order was placed: look at their orders before ordering again.</source>
        <translation>
            <numerusform>有 %Ln 张 SIM 卡不确定是否已下单：再次订购前请先查看其订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) placed.</source>
        <translation>
            <numerusform>%1：已下 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln order(s) placed; the order dialog and the session log list the others.</source>
        <translation>
            <numerusform>%1：%Ln 个订单中已下 %2 个；其余的见订购对话框和本次会话的操作记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::OrderTableModel</name>
    <message>
        <source>Unlimited</source>
        <translation>不限量</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>The data volume of the plan</extracomment>
        <translation>流量</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
</context>
<context>
    <name>cube::OrdersPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>正在加载订单…</translation>
    </message>
    <message>
        <source>Could not load the orders</source>
        <translation>无法加载订单</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Regular plans</source>
        <translation>普通套餐</translation>
    </message>
    <message>
        <source>OTA day plans</source>
        <translation>OTA 日套餐</translation>
    </message>
    <message>
        <source>Type all its digits, or clear the field to see the orders of every SIM.</source>
        <translation>请输入全部数字，或清空此栏以查看所有 SIM 卡的订单。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>第 %L1 / %L2 页</translation>
    </message>
</context>
<context>
    <name>cube::PageWalk</name>
    <message>
        <source>the server&apos;s paging is inconsistent: %1</source>
        <translation>服务器的分页前后矛盾：%1</translation>
    </message>
    <message>
        <source>page %1 was asked for and page %2 came</source>
        <translation>请求第 %1 页，返回的却是第 %2 页</translation>
    </message>
    <message>
        <source>page %1 of %2 is empty</source>
        <translation>第 %1 页（共 %2 页）为空</translation>
    </message>
    <message>
        <source>%1 rows were read, more than the %2 it counts, and it claims more</source>
        <translation>已读取 %1 行，超过其声明的总数 %2，却仍声称还有更多</translation>
    </message>
    <message>
        <source>the listing goes on past %1 rows, the most that is read</source>
        <translation>列表超过 %1 行，即读取的上限</translation>
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
        <translation>不限量</translation>
    </message>
    <message>
        <source>%1, %2, %3 a period</source>
        <translation>%1，%2，每周期 %3</translation>
    </message>
    <message>
        <source>Order “%1” for SIM card %2: %3?</source>
        <translation>为 SIM 卡 %2 订购“%1”：%3？</translation>
    </message>
    <message numerus="yes">
        <source>Order “%1” for %Ln SIM card(s): %2 in all?</source>
        <translation>
            <numerusform>为 %Ln 张 SIM 卡订购“%1”：合计 %2？</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM card: %1</source>
        <translation>SIM 卡：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between ICCIDs</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more (all in the details)</source>
        <translation>
            <numerusform>%1，另有 %Ln 张（全部见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM cards (%L1): %2</source>
        <translation>SIM 卡（%L1 张）：%2</translation>
    </message>
    <message>
        <source>Plan: %1 (%2)</source>
        <translation>套餐：%1（%2）</translation>
    </message>
    <message>
        <source>Periods: %L1</source>
        <translation>周期数：%L1</translation>
    </message>
    <message>
        <source>Amount: %1 for each SIM card, %2 in all</source>
        <translation>金额：每张 SIM 卡 %1，合计 %2</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>付款：%1</translation>
    </message>
    <message>
        <source>Payment: %1, %2</source>
        <comment>paid or not, method</comment>
        <translation>付款：%1，%2</translation>
    </message>
    <message>
        <source>Start: enabled now; each order&apos;s period starts at once</source>
        <translation>开始：立即启用，每个订单的周期随即开始</translation>
    </message>
    <message>
        <source>Start: enabled now; its period starts at once</source>
        <translation>开始：立即启用，周期随即开始</translation>
    </message>
    <message>
        <source>Start: not enabled now; each order waits until it is enabled</source>
        <translation>开始：暂不启用，每个订单待启用后开始</translation>
    </message>
    <message>
        <source>Start: not enabled now; it waits until it is enabled</source>
        <translation>开始：暂不启用，待启用后开始</translation>
    </message>
    <message>
        <source>Place the order</source>
        <translation>下单</translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln order(s)</source>
        <translation>
            <numerusform>下 %Ln 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::ProfileDialog</name>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>红色（生产环境）</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Edit connection profile</source>
        <translation>编辑连接配置</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>不变（保存在钥匙串中）</translation>
    </message>
    <message>
        <source>The secret issued with the access code</source>
        <translation>随接入码签发的密钥</translation>
    </message>
    <message>
        <source>Enter the secret issued with the access code.</source>
        <translation>请输入随接入码签发的密钥。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>If a guessed path answers “no such path”, try:</source>
        <translation>如果推断的路径返回“接口不存在”，请尝试：</translation>
    </message>
    <message>
        <source>US and Canada Pacific (winter)</source>
        <translation>美国和加拿大太平洋时间（冬季）</translation>
    </message>
    <message>
        <source>Mexico, US and Canada Central (winter)</source>
        <translation>墨西哥、美国和加拿大中部时间（冬季）</translation>
    </message>
    <message>
        <source>Colombia, Peru, US Eastern (winter)</source>
        <translation>哥伦比亚、秘鲁、美国东部时间（冬季）</translation>
    </message>
    <message>
        <source>Brazil (São Paulo), Argentina</source>
        <translation>巴西（圣保罗）、阿根廷</translation>
    </message>
    <message>
        <source>Universal time; UK and Portugal (winter)</source>
        <translation>协调世界时；英国和葡萄牙（冬季）</translation>
    </message>
    <message>
        <source>Central Europe (winter), Nigeria</source>
        <translation>中欧（冬季）、尼日利亚</translation>
    </message>
    <message>
        <source>South Africa, Egypt, Eastern Europe (winter)</source>
        <translation>南非、埃及、东欧（冬季）</translation>
    </message>
    <message>
        <source>Moscow, Turkey, Saudi Arabia</source>
        <translation>莫斯科、土耳其、沙特阿拉伯</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Pakistan, Uzbekistan</source>
        <translation>巴基斯坦、乌兹别克斯坦</translation>
    </message>
    <message>
        <source>India, Sri Lanka</source>
        <translation>印度、斯里兰卡</translation>
    </message>
    <message>
        <source>Thailand, Vietnam, Jakarta</source>
        <translation>泰国、越南、雅加达</translation>
    </message>
    <message>
        <source>China, Hong Kong, Singapore</source>
        <translation>中国、中国香港、新加坡</translation>
    </message>
    <message>
        <source>Japan, South Korea</source>
        <translation>日本、韩国</translation>
    </message>
    <message>
        <source>Sydney, Melbourne (winter)</source>
        <translation>悉尼、墨尔本（冬季）</translation>
    </message>
    <message>
        <source>New Zealand (winter)</source>
        <translation>新西兰（冬季）</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>Seconds (what the vendor&apos;s servers expect)</source>
        <translation>秒（供应商服务器的要求）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (the vendor&apos;s servers)</source>
        <translation>%1（供应商的服务器）</translation>
    </message>
    <message>
        <source>Only for a gateway with a private certificate authority</source>
        <translation>仅用于使用私有证书机构的网关</translation>
    </message>
    <message>
        <source>Only when the server answers “no such path” for an operation: one operation=path a line. The “no such path” message names the path to try.</source>
        <translation>仅当服务器对某个接口答复“接口不存在”时使用：每行一条“接口=路径”。“接口不存在”的消息会给出应尝试的路径。</translation>
    </message>
    <message>
        <source>Type the secret to test the connection with it.</source>
        <translation>请输入密钥，再用它测试连接。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the account has %Ln SIM card(s).</source>
        <translation>
            <numerusform>已连接：该账户有 %Ln 张 SIM 卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>(The server answered HTTP %1.)</source>
        <translation>（服务器答复 HTTP %1。）</translation>
    </message>
    <message>
        <source>(The server&apos;s code: %1.)</source>
        <translation>（服务器代码：%1。）</translation>
    </message>
    <message>
        <source>(The server said: %1, code %2.)</source>
        <translation>（服务器答复：%1，代码 %2。）</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s time: check this computer&apos;s clock and, in the advanced settings, the unit request times are sent in.</source>
        <translation>服务器不接受请求中的时间：请检查本机时钟，以及高级设置中的请求时间单位。</translation>
    </message>
    <message>
        <source>The server did not accept the secret: check the access code and the secret.</source>
        <translation>服务器不接受该密钥：请检查接入码和密钥。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The server refused the test read; its words may say why.</source>
        <translation>服务器拒绝了测试读取；其答复或许说明了原因。</translation>
    </message>
    <message>
        <source>postgresql://host:5432/cube</source>
        <translation>postgresql://&lt;主机&gt;:5432/&lt;数据库&gt;</translation>
    </message>
    <message>
        <source>Only when the team store needs one</source>
        <translation>仅当团队存储需要密码时填写</translation>
    </message>
</context>
<context>
    <name>cube::QuotaLabel</name>
    <message>
        <source>Queries today: %1 of %2</source>
        <translation>今日查询：%1 / %2</translation>
    </message>
    <message>
        <source>Queries this computer sent to the account today (the server&apos;s day, %1), counted by the console and cubectl together. The gateway allows %2 a day for each IP address: everyone at a desk behind one address shares them.</source>
        <translation>本机今天向该账户发出的查询数（按服务器时区 %1 的日期），由控制台和 cubectl 合并计数。网关每天允许每个 IP 地址查询 %2 次：同一 IP 地址下的所有人共用这一配额。</translation>
    </message>
</context>
<context>
    <name>cube::RenewOrderDialog</name>
    <message>
        <source>Renew order %1</source>
        <translation>续订订单 %1</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续订(&amp;R)</translation>
    </message>
    <message>
        <source>Order %1 of plan “%2” for SIM card %3. Renewing adds periods to it and moves its expiry later; it stays in use.</source>
        <translation>SIM 卡 %3 的套餐“%2”订单 %1。续订会为其增加周期并推迟到期时间；订单保持使用中。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The plan %1 is not in the account&apos;s plan list.</source>
        <translation>套餐 %1 不在本账户的套餐列表中。</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>正在读取套餐…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) (%1 plan)</source>
        <translation>
            <numerusform>%Ln 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>the plan&apos;s kind (%1) is not a known one.</source>
        <translation>无法识别套餐类型（%1）。</translation>
    </message>
    <message>
        <source>not known: the server did not say</source>
        <translation>未知：服务器未说明</translation>
    </message>
    <message>
        <source>%1 (expected; the server sets it)</source>
        <extracomment>The server computes the new expiry; the console&apos;s is what it expects</extracomment>
        <translation>%1（预计；以服务器为准）</translation>
    </message>
    <message>
        <source>not known until the server answers</source>
        <translation>服务器答复前未知</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 renewed by %Ln period(s); it now expires %2.</source>
        <translation>
            <numerusform>订单 %1 已续订 %Ln 个周期，现于 %2 到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 renewed by %Ln period(s).</source>
        <translation>
            <numerusform>订单 %1 已续订 %Ln 个周期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not renewed: %2</source>
        <translation>订单 %1 未续订：%2</translation>
    </message>
    <message>
        <source>Order %1: not known whether it was renewed. %2</source>
        <translation>订单 %1：不确定是否已续订。%2</translation>
    </message>
    <message>
        <source>Renew order</source>
        <translation>续订订单</translation>
    </message>
    <message>
        <source>Stopping after the order being sent…</source>
        <translation>发送完当前订单后停止…</translation>
    </message>
    <message>
        <source>Renewed; it now expires %1.</source>
        <translation>已续订；现在将于 %1 到期。</translation>
    </message>
    <message numerus="yes">
        <source>Renew %Ln order(s)</source>
        <translation>
            <numerusform>续订 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) in use. Renewing adds the same number of periods to each and moves its expiry later; each stays in use. They are renewed one after another.</source>
        <translation>
            <numerusform>%Ln 个使用中的订单。续订会为每个订单增加相同的周期数并推迟其到期时间；各订单保持使用中。它们将逐个续订。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>当前到期时间</translation>
    </message>
    <message>
        <source>Expires after renewing</source>
        <translation>续订后到期时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何请求：%1</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>已续订。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two counts of a Renew job: &quot;3 orders renewed&quot; and &quot;1 failed or not sent.&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) renewed</source>
        <translation>
            <numerusform>已续订 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed or not sent.</source>
        <translation>
            <numerusform>%Ln 个失败或未发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::SecretStore</name>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet. Enter the secret issued with the access code.</source>
        <translation>此连接配置尚未保存密钥。请输入随接入码一起签发的密钥。</translation>
    </message>
    <message>
        <source>No keychain service is available. On Linux, install and start gnome-keyring or KWallet, then try again.</source>
        <translation>没有可用的钥匙串服务。在 Linux 上，请安装并启动 gnome-keyring 或 KWallet，然后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked. Unlock your keyring (for example by logging in again) and try again.</source>
        <translation>钥匙串拒绝访问，可能已被锁定。请解锁钥匙串（例如重新登录），然后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Check that your keyring works, then try again.</source>
        <translation>钥匙串报告了错误。请检查钥匙串是否正常工作，然后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock your keyring and try again.</source>
        <translation>钥匙串没有响应，可能已锁定并在等待输入密码。请解锁钥匙串后重试。</translation>
    </message>
</context>
<context>
    <name>cube::SendSmsDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>To SIM card %1</source>
        <translation>发送至 SIM 卡 %1</translation>
    </message>
    <message>
        <source>Type the message</source>
        <translation>输入短信内容</translation>
    </message>
    <message>
        <source>GSM-7, %1 characters per message</source>
        <translation>GSM-7 编码，每条 %1 个字符</translation>
    </message>
    <message>
        <source>UCS-2 (Chinese and other characters), %1 characters per message</source>
        <translation>UCS-2 编码（中文及其他字符），每条 %1 个字符</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent (message id %1).</source>
        <translation>已发送（短信编号 %1）。</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条短信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln characters can be sent.</source>
        <translation>
            <numerusform>最多可发送 %Ln 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::SimActions</name>
    <message>
        <source>Suspend SIM card</source>
        <translation>SIM 卡停机</translation>
    </message>
    <message>
        <source>Suspend the service of SIM %1? Its order in use is paused until it is resumed. The vendor marks this operation as deprecated.</source>
        <translation>确定对 SIM 卡 %1 停机？其使用中的订单将暂停，直至复机。供应商已将此操作标记为不推荐使用。</translation>
    </message>
    <message>
        <source>Resume SIM card</source>
        <translation>SIM 卡复机</translation>
    </message>
    <message>
        <source>Resume the service of SIM %1? The vendor marks this operation as deprecated.</source>
        <translation>确定对 SIM 卡 %1 复机？供应商已将此操作标记为不推荐使用。</translation>
    </message>
    <message>
        <source>SIM card %1 suspended.</source>
        <translation>SIM 卡 %1 已停机。</translation>
    </message>
    <message>
        <source>SIM card %1 resumed.</source>
        <translation>SIM 卡 %1 已复机。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>action, ICCID, what went wrong</comment>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>cube::SimDetailPanel</name>
    <message>
        <source>Choose a SIM card to see its details.</source>
        <translation>选择一张 SIM 卡以查看详情。</translation>
    </message>
    <message>
        <source>&lt;b&gt;SIM %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;SIM 卡 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No order in use</source>
        <translation>无使用中的订单</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>流量使用</translation>
    </message>
    <message>
        <source>Carrier balance</source>
        <translation>运营商侧余量</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>月流量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <source>Daily usage, last %n day(s) (MB)</source>
        <translation>
            <numerusform>最近 %n 天每日流量（MB）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, service suspended</source>
        <translation>%1，已停机</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3：%4</translation>
    </message>
    <message>
        <source>By %1 with %2</source>
        <translation>由 %1 使用 %2 发送</translation>
    </message>
    <message>
        <source>%1-day rate: %2 MB a day</source>
        <translation>%1 天平均速度：每天 %2 MB</translation>
    </message>
    <message>
        <source>No forecast: the SIM card&apos;s orders could not be read.</source>
        <translation>无法预测：无法读取该 SIM 卡的订单。</translation>
    </message>
    <message>
        <source>No forecast: the SIM card has no order in use.</source>
        <translation>无法预测：该 SIM 卡没有使用中的订单。</translation>
    </message>
    <message>
        <source>No forecast: the data used on one of the last %1 days could not be read.</source>
        <translation>无法预测：无法读取最近 %1 天中某一天的用量。</translation>
    </message>
    <message>
        <source>No forecast: the high-speed data left could not be read.</source>
        <translation>无法预测：无法读取剩余的高速流量。</translation>
    </message>
    <message>
        <source>★ Wat&amp;ched</source>
        <translation>★ 已关注(&amp;C)</translation>
    </message>
    <message>
        <source>☆ Wat&amp;ch</source>
        <translation>☆ 关注(&amp;C)</translation>
    </message>
    <message>
        <source>The watchlist could not be saved: %1</source>
        <translation>无法保存关注列表：%1</translation>
    </message>
    <message>
        <source>SIM %1 is watched: it is read in full at each look on the Attention tab.</source>
        <translation>已关注 SIM 卡 %1：在“待处理”标签页每次查看时都会完整读取它。</translation>
    </message>
    <message>
        <source>SIM %1 is no longer watched.</source>
        <translation>已不再关注 SIM 卡 %1。</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>The end of a line of a SIM&apos;s timeline: who sent the change</extracomment>
        <translation>操作人：%1</translation>
    </message>
</context>
<context>
    <name>cube::SimListPage</name>
    <message>
        <source>Load SIM cards</source>
        <translation>加载 SIM 卡</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Could not load the SIM cards</source>
        <translation>无法加载 SIM 卡</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 SIM cards</source>
        <translation>正在加载… %1 / %2 张 SIM 卡</translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation>导出 SIM 卡</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The SIM cards could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>无法将 SIM 卡写入 %1：%2。请选择其他文件夹后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled: %Ln SIM card(s) shown.</source>
        <translation>
            <numerusform>已取消加载：显示 %Ln 张 SIM 卡。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching: %1 of %Ln SIM card(s)</source>
        <translation>
            <numerusform>%Ln 张 SIM 卡中有 %1 张匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln SIM card(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 张 SIM 卡导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) selected from the pasted list.</source>
        <translation>
            <numerusform>已根据粘贴的列表选中 %Ln 张 SIM 卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>The SIM list could not be kept for the next start: %1</source>
        <translation>无法为下次启动保存 SIM 卡列表：%1</translation>
    </message>
    <message>
        <source>The SIM list cache was cleared.</source>
        <translation>已清除 SIM 卡列表缓存。</translation>
    </message>
    <message>
        <source>The SIM list cache could not be cleared: %1</source>
        <translation>无法清除 SIM 卡列表缓存：%1</translation>
    </message>
    <message>
        <source>Cached list as of %1; refreshing…</source>
        <translation>缓存的列表（截至 %1），正在刷新…</translation>
    </message>
    <message>
        <source>Read the whole SIM list?</source>
        <translation>读取完整的 SIM 卡列表？</translation>
    </message>
    <message>
        <source>The SIM list is the cached one; Reload (F5) reads it again.</source>
        <translation>当前显示的是缓存的 SIM 卡列表；重新加载（F5）可重新读取。</translation>
    </message>
    <message>
        <source>Cached list as of %1 (Reload reads it again)</source>
        <translation>缓存的列表（截至 %1；重新加载可重新读取）</translation>
    </message>
    <message>
        <source> (about %1 left)</source>
        <translation> （约还需 %1）</translation>
    </message>
    <message>
        <source>Only %1 of today&apos;s %2 queries are left; beyond them the gateway refuses every query from this IP address, also your colleagues&apos;. Read it anyway?</source>
        <translation>今日 %2 次查询配额只剩 %1 次；超出后网关将拒绝来自此 IP 地址的所有查询，同事的查询也会被拒绝。仍要读取吗？</translation>
    </message>
    <message>
        <source>%1; loading %2 of %3</source>
        <translation>%1；正在加载 %2 / %3</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>关注(&amp;W)</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>停止关注(&amp;W)</translation>
    </message>
    <message>
        <source>Watched SIMs are read in full (usage and days) at each look on the Attention tab</source>
        <translation>在“待处理”标签页每次查看时，都会完整读取所关注的 SIM 卡（用量和每日用量）</translation>
    </message>
    <message>
        <source>The watchlist could not be saved: %1</source>
        <translation>无法保存关注列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) watched: read in full at each look on the Attention tab.</source>
        <translation>
            <numerusform>已关注 %Ln 张 SIM 卡：在“待处理”标签页每次查看时都会完整读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) no longer watched.</source>
        <translation>
            <numerusform>已不再关注 %Ln 张 SIM 卡。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::SimNote</name>
    <message>
        <source>A tag cannot be empty: give it 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>标签不能为空：请使用 1 到 %1 个字母 a–z、数字 0–9、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is %2 characters long; a tag has at most %3.</source>
        <translation>标签“%1”长 %2 个字符；标签最多 %3 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a tag: a tag has only the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (no spaces; upper case is made lower).</source>
        <translation>“%1”不能作为标签：标签只能包含字母 a–z、数字 0–9、“.”、“_”和“-”（不能有空格；大写会转为小写）。</translation>
    </message>
    <message>
        <source>The note is %1 characters long; a note has at most %2. Shorten it by %3.</source>
        <translation>备注长 %1 个字符；备注最多 %2 个字符。请删减 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>cube::SimNoteEditor</name>
    <message>
        <source>The note of SIM %1 is not saved: it is kept as a draft. Choose that SIM card again to save it.</source>
        <translation>SIM 卡 %1 的备注尚未保存，已作为草稿保留。再次选择该 SIM 卡即可保存。</translation>
    </message>
    <message>
        <source>The note of SIM %1 was not saved: %2</source>
        <translation>SIM 卡 %1 的备注未能保存：%2</translation>
    </message>
    <message>
        <source>The note of SIM %1 is saved on this computer.</source>
        <translation>SIM 卡 %1 的备注已保存在本机。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>A draft from before, not saved yet: Ctrl+S saves it.</source>
        <translation>之前的草稿，尚未保存：按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves it.</source>
        <translation>尚未保存：按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>还没有备注。</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>修改于 %1。</translation>
    </message>
    <message>
        <source>Changed by %1, %2.</source>
        <extracomment>Who changed a SIM card&apos;s note last, and when</extracomment>
        <translation>由 %1 修改于 %2。</translation>
    </message>
    <message>
        <source>A note on this SIM card (up to %1 characters), kept on this computer for this account and found by the SIM list&apos;s search. Ctrl+S saves it.</source>
        <translation>此 SIM 卡的备注（最多 %1 个字符），按账户保存在本机，可在 SIM 卡列表中搜索到。按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Tags of 1 to %1 of the letters a to z, the digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, separated by spaces or commas. Search tag:acme in the SIM list for the SIM cards tagged acme.</source>
        <translation>每个标签由 1 到 %1 个字母 a–z、数字、“.”、“_”和“-”组成，以空格或逗号分隔。在 SIM 卡列表中搜索 tag:acme 可找到带有 acme 标签的 SIM 卡。</translation>
    </message>
</context>
<context>
    <name>cube::SimNotes</name>
    <message>
        <source>The notes of the SIM cards could not be read: %1</source>
        <translation>无法读取 SIM 卡的备注：%1</translation>
    </message>
</context>
<context>
    <name>cube::SimNotesStore</name>
    <message>
        <source>The file of the SIM cards&apos; notes and tags was damaged and was set aside as %1; a new one was started. The notes can be read from the old file with sqlite3.</source>
        <translation>SIM 卡备注和标签文件已损坏，已另存为 %1，并新建了一个文件。可以用 sqlite3 从旧文件中读取备注。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cube Console (schema %2); this one reads schema %3 and leaves it alone.</source>
        <translation>%1 由较新版本的 Cube Console 写入（架构 %2）；此版本只能读取架构 %3，因此不会改动它。</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <extracomment>The data plan of the order in use</extracomment>
        <translation>当前套餐</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>流量使用</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Watched: read in full at each look on the Attention tab</source>
        <translation>已关注：在“待处理”标签页每次查看时都会完整读取</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>★ marks a watched SIM card: it is read in full (usage and days) at each look on the Attention tab.</source>
        <translation>★ 表示已关注的 SIM 卡：在“待处理”标签页每次查看时都会完整读取它（用量和每日用量）。</translation>
    </message>
    <message>
        <source>The tags (#acme) and the first line of the note kept on this computer for the SIM card, edited in its detail. Search tag:acme for the SIM cards tagged acme, or words of a note.</source>
        <translation>本机为该 SIM 卡保存的标签（#acme）和备注的第一行，可在详情中编辑。搜索 tag:acme 可找到带有 acme 标签的 SIM 卡，也可以搜索备注中的词。</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>The list&apos;s column of the tags and the note kept on a SIM card</extracomment>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cube::SqliteFile</name>
    <message>
        <source>the file is damaged and could not be set aside</source>
        <translation>文件已损坏，且无法另存</translation>
    </message>
</context>
<context>
    <name>cube::StoredBlobReader</name>
    <message numerus="yes">
        <source>%1 is %n byte(s) short</source>
        <translation>
            <numerusform>%1短了 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %L2 bytes short</source>
        <translation>%1短了 %L2 个字节</translation>
    </message>
    <message>
        <source>%1 holds a text of an odd number of bytes</source>
        <translation>%1中有一段文本的字节数为奇数</translation>
    </message>
    <message>
        <source>%1 counts %L2 entries but has room for %L3 at most</source>
        <translation>%1记有 %L2 项，但最多只容得下 %L3 项</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n byte(s) left over</source>
        <translation>
            <numerusform>%1末尾多出 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %L2 bytes left over</source>
        <translation>%1末尾多出 %L2 个字节</translation>
    </message>
</context>
<context>
    <name>cube::TableCsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cube::TeamStore</name>
    <message>
        <source>a team store&apos;s address reads postgresql://host:5432/database (with user@ before the host when the user is not yours)</source>
        <translation>团队存储的地址应形如 postgresql://&lt;主机&gt;:5432/&lt;数据库&gt;（用户不是您本人时，在主机前加 用户名@）</translation>
    </message>
    <message>
        <source>the team store&apos;s address names no host: postgresql://HOST:5432/database</source>
        <translation>团队存储的地址没有给出主机：postgresql://&lt;主机&gt;:5432/&lt;数据库&gt;</translation>
    </message>
    <message>
        <source>the team store&apos;s address names no database: postgresql://%1/DATABASE</source>
        <translation>团队存储的地址没有给出数据库：postgresql://%1/&lt;数据库&gt;</translation>
    </message>
    <message>
        <source>the team store&apos;s password belongs in the password field (kept in the keychain), not in its address</source>
        <translation>团队存储的密码应填在密码栏中（保存在钥匙串中），不要写在地址里</translation>
    </message>
</context>
<context>
    <name>cube::TeamStoreDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>no connection to the team store: %1</source>
        <translation>无法连接团队存储：%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
</context>
<context>
    <name>cube::WaitWords</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
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
        <translation>关注(&amp;W)</translation>
    </message>
    <message>
        <source>89852022010000000001
89852022010000000002</source>
        <translation>89852022010000000001
89852022010000000002</translation>
    </message>
    <message>
        <source>The watchlist could not be changed: %1</source>
        <translation>无法更改关注列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) added to the watchlist</source>
        <translation>
            <numerusform>已将 %Ln 张 SIM 卡加入关注列表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln already on it)</source>
        <translation>
            <numerusform>（%Ln 张已在列表中）</numerusform>
        </translation>
    </message>
    <message>
        <source>; it now has %1.</source>
        <translation>；列表现有 %1 张。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pasted text(s) are not ICCIDs and were left in the field:</source>
        <translation>
            <numerusform>粘贴的内容中有 %Ln 项不是 ICCID，已留在输入框中：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::WatchlistStore</name>
    <message>
        <source>the team store&apos;s watchlist was made by a newer version of Cube Console (schema %1; this version knows %2)</source>
        <translation>团队存储中的关注列表由更新版本的 Cube Console 创建（结构版本 %1；本版本支持 %2）</translation>
    </message>
    <message>
        <source>the team store refused the change</source>
        <translation>团队存储拒绝了这次写入</translation>
    </message>
</context>
<context>
    <name>cube::WriteOutcome</name>
    <message>
        <source>The answer was lost, but a new look shows the order %1.</source>
        <translation>应答丢失，但重新查询显示订单%1。</translation>
    </message>
    <message>
        <source>The answer was lost, but a new look shows the change was made.</source>
        <translation>应答丢失，但重新查询显示更改已生效。</translation>
    </message>
    <message>
        <source>The answer was lost and a new look shows the order still %1; it was not sent again.</source>
        <translation>应答丢失，重新查询显示订单仍为%1；请求没有重发。</translation>
    </message>
    <message>
        <source>The answer was lost and a new look shows no change; it was not sent again.</source>
        <translation>应答丢失，重新查询显示没有变化；请求没有重发。</translation>
    </message>
</context>
<context>
    <name>cube::cli::AttentionCommands</name>
    <message>
        <source>--reason takes one or more of: %1.</source>
        <translation>--reason 接受以下一个或多个值：%1。</translation>
    </message>
    <message>
        <source>--low-data takes a percent of the plan&apos;s data from 0 to 100 (“10%”) or an amount of MB (“50MB”), not “%1”.</source>
        <translation>--low-data 接受 0 到 100 之间的套餐流量百分比（“10%”）或 MB 数（“50MB”），而不是“%1”。</translation>
    </message>
    <message>
        <source>List what needs attention, as the console&apos;s Attention tab (exit status 1 when anything does).</source>
        <translation>列出待处理事项，与控制台的“待处理”标签页相同（有待处理事项时退出状态为 1）。</translation>
    </message>
    <message>
        <source>Looks at the account as the console does, by the rules of the profile (its Attention settings, else 7 days before expiry and 10% of the plan&apos;s data): orders in use that expire soon or expired since the console last showed them, SIM cards with little high-speed data left or whose last 7 days&apos; rate runs their plan out before it expires, activated SIM cards with no plan, suspended ones and those in pre-deactivation. The SIM list comes from the local cache while it is recent enough (the profile says for how long), else it is read; the orders in use likewise, and the watched SIM cards (cubectl watch) are read in full. Each reading says its cost in queries first; one that passes what is left of today&apos;s quota is not made without --yes.
One row per item, most urgent first: the reason (its key in JSON and CSV), the ICCID, the order, the plan, the day it matters, the high-speed data left, the MB a day it is used at, and whether it is watched.</source>
        <translation>按照配置文件的规则（其“待处理”设置，否则为到期前 7 天和套餐流量的 10%），像控制台一样查看账户：即将到期或自控制台上次显示后已到期的使用中订单、剩余高速流量不足或按最近 7 天的速度会在套餐到期前用完的 SIM 卡、没有套餐的已激活 SIM 卡、已停机的以及待停用的 SIM 卡。SIM 卡列表在足够新时取自本地缓存（配置文件规定多久），否则重新读取；使用中的订单同样如此，所关注的 SIM 卡（cubectl watch）会被完整读取。每次读取都会先说明其查询次数；超出今日剩余配额的读取不加 --yes 不会进行。
每项一行，最紧急的在前：原因（JSON 和 CSV 中为其键名）、ICCID、订单、套餐、关键日期、剩余高速流量、每天使用的 MB 数，以及是否已关注。</translation>
    </message>
    <message>
        <source>Exit status: 0 nothing needs attention, 1 something does, 2 usage error or a reading beyond today&apos;s quota without --yes, 3 the look could not be made (connection, authentication, the server&apos;s answers), or part of it could not be read and nothing was found.</source>
        <translation>退出状态：0 表示没有待处理事项，1 表示有，2 表示用法错误或未加 --yes 而读取会超出今日配额，3 表示无法完成查看（连接、认证、服务器应答），或部分内容无法读取且未发现任何事项。</translation>
    </message>
    <message>
        <source>Only items of this reason (repeat it, or separate reasons with commas): %1. A reason the profile switched off is looked for when named.</source>
        <translation>只列出此原因的事项（可重复此选项，或用逗号分隔多个原因）：%1。配置文件中已关闭的原因在此指定时仍会查找。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Read the orders in use again even when the kept listing is recent enough.</source>
        <translation>即使保存的订单列表足够新，也重新读取使用中的订单。</translation>
    </message>
    <message>
        <source>For this run: orders that expire within N days (0–366) need attention.</source>
        <translation>仅本次运行：在 N 天（0–366）内到期的订单列为待处理。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For this run: little data left is below N percent of the plan&apos;s data (“10%”, “10”) or below N MB (“50MB”).</source>
        <translation>仅本次运行：剩余流量低于套餐流量的 N%（“10%”、“10”）或低于 N MB（“50MB”）即为不足。</translation>
    </message>
    <message>
        <source>N[%|MB]</source>
        <translation>N[%|MB]</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Left (MB)</source>
        <translation>剩余（MB）</translation>
    </message>
    <message>
        <source>MB a day</source>
        <translation>MB/天</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <source>SIM cards looked at: %1; orders in use: %2.</source>
        <translation>已查看的 SIM 卡：%1；使用中的订单：%2。</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有待处理事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n 项待处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::cli::AttentionLook</name>
    <message>
        <source>The SIM list cached at %1 is recent: it is looked at without reading it again.</source>
        <translation>缓存于 %1 的 SIM 卡列表足够新：直接依据它查看，不再重新读取。</translation>
    </message>
    <message>
        <source>The cached SIM list is old: it is read again.</source>
        <translation>缓存的 SIM 卡列表已过时：将重新读取。</translation>
    </message>
    <message>
        <source>Reading the SIM list: %1 of %2</source>
        <translation>正在读取 SIM 卡列表：%1 / %2</translation>
    </message>
    <message>
        <source>The SIM list could not be read: %1</source>
        <translation>无法读取 SIM 卡列表：%1</translation>
    </message>
    <message>
        <source>The SIM list could not be kept for the next look: %1</source>
        <translation>无法为下次查看保存 SIM 卡列表：%1</translation>
    </message>
    <message>
        <source>No SIM list is cached for this account: it is read.</source>
        <translation>此账户没有缓存的 SIM 卡列表：将读取它。</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommandJob</name>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>已完成 %1/%2，失败 %3</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommandRun</name>
    <message>
        <source>Missing arguments: %1.</source>
        <translation>缺少参数：%1。</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>多余的参数：%1。</translation>
    </message>
    <message>
        <source>--from: cannot read %1: %2.</source>
        <translation>--from：无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Nothing to work on: give %1 as arguments, with --from FILE, or on standard input (-).</source>
        <translation>没有要处理的对象：请以参数、--from FILE 或标准输入（-）给出 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--secret-stdin cannot be used with a list on standard input; use --from FILE or CUBE_SECRET.</source>
        <translation>列表从标准输入读取时不能同时使用 --secret-stdin；请改用 --from FILE 或 CUBE_SECRET。</translation>
    </message>
    <message>
        <source>Not confirmed: there is no terminal to ask on. Add --yes to go ahead.</source>
        <translation>未确认：没有可供询问的终端。如确定要执行，请加上 --yes。</translation>
    </message>
    <message>
        <source>Type “yes” to go on: </source>
        <translation>输入“yes”或“是”继续：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未执行任何操作。</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) shown; nothing was sent.</source>
        <translation>
            <numerusform>试运行：已显示 %n 项更改，未发送任何请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “cubectl %1 --help” to see its arguments and options.</source>
        <translation>运行“cubectl %1 --help”查看它的参数和选项。</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>正在读取第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>this was a dry run.</source>
        <translation>这是一次试运行。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>The journal of changes was damaged; it was kept as %1 and a new one was started.</source>
        <translation>变更日志已损坏；原文件保留为 %1，并已新建日志。</translation>
    </message>
    <message>
        <source>The server is limiting queries: waiting %1, then going on.</source>
        <translation>服务器正在限制查询频率：等待 %1，然后继续。</translation>
    </message>
    <message>
        <source>This takes about %1, and only %2 of today&apos;s %3 are left: the gateway&apos;s daily quota, shared by everyone behind this computer&apos;s IP address (cubectl quota). Nothing more was sent; give --yes to send them anyway.</source>
        <translation>此操作约需 %1，而今日 %3 次配额只剩 %2 次（网关的每日配额，由本机 IP 地址下的所有人共用；见 cubectl quota）。未再发送任何请求；如仍要发送，请加上 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(s)</source>
        <translation>
            <numerusform>%Ln 次查询</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal of changes (%1) cannot be opened (%2); the queries of this run are not counted against the daily quota.</source>
        <translation>变更日志（%1）无法打开（%2）；本次运行的查询不计入每日配额。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
</context>
<context>
    <name>cube::cli::CommonOptions</name>
    <message>
        <source>Also read targets from FILE, one per line (“-”: standard input).</source>
        <translation>另从 FILE 读取目标，每行一个（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only page N of the listing (default: every page).</source>
        <translation>只读取列表的第 N 页（默认：读取所有页）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Ask for N records per request (1–1000, default %1).</source>
        <translation>每个请求获取 N 条记录（1–1000，默认 %1）。</translation>
    </message>
    <message>
        <source>%1 may be given as arguments, with --from FILE, or on standard input with “-”, one per line; blank lines and # comments are skipped.</source>
        <translation>可以直接以参数给出%1，也可以用 --from FILE 或以“-”从标准输入读取，每行一个；空行和 # 注释会被跳过。</translation>
    </message>
</context>
<context>
    <name>cube::cli::ConnectionSetup</name>
    <message>
        <source>--secret-stdin: standard input held no secret on its first line.</source>
        <translation>--secret-stdin：标准输入的第一行没有密钥。</translation>
    </message>
    <message>
        <source>the built-in simulator at %1</source>
        <translation>位于 %1 的内置模拟器</translation>
    </message>
    <message>
        <source>--base-url needs the account&apos;s secret: set CUBE_SECRET in the environment or give it on standard input with --secret-stdin.</source>
        <translation>--base-url 需要账户密钥：请在环境变量 CUBE_SECRET 中设置，或用 --secret-stdin 从标准输入提供。</translation>
    </message>
    <message>
        <source>No connection: add a profile (cubectl profiles add, or in Cube Console), or give --base-url and --access-code, or use --demo.</source>
        <translation>没有连接：请添加连接配置（cubectl profiles add，或在 Cube Console 中添加），或提供 --base-url 和 --access-code，或使用 --demo。</translation>
    </message>
    <message>
        <source>There is no profile “%1”; cubectl profiles list shows them.</source>
        <translation>没有名为“%1”的连接配置；cubectl profiles list 可列出所有配置。</translation>
    </message>
    <message>
        <source>profile “%1” (%2)</source>
        <translation>连接配置“%1”（%2）</translation>
    </message>
    <message>
        <source>The secret of profile “%1” could not be read from the keychain. %2</source>
        <translation>无法从钥匙串读取连接配置“%1”的密钥。%2</translation>
    </message>
    <message>
        <source>The team store password of profile “%1” could not be read from the keychain. %2</source>
        <translation>无法从钥匙串读取连接配置“%1”的团队存储密码。%2</translation>
    </message>
</context>
<context>
    <name>cube::cli::Cubectl</name>
    <message>
        <source>cubectl takes no secret on the command line, where other users and the shell&apos;s history could read it: set CUBE_SECRET or use --secret-stdin.</source>
        <translation>cubectl 不接受命令行中的密钥，因为其他用户和 shell 历史记录可能读到它：请设置 CUBE_SECRET 或使用 --secret-stdin。</translation>
    </message>
    <message>
        <source>Options of a command go after its name.</source>
        <translation>命令的选项应写在命令名之后。</translation>
    </message>
    <message>
        <source>cubectl: unknown command “%1”.</source>
        <translation>cubectl：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run “cubectl --help” to see the commands.</source>
        <translation>运行“cubectl --help”查看所有命令。</translation>
    </message>
    <message>
        <source>Run “cubectl %1 --help” to see its arguments and options.</source>
        <translation>运行“cubectl %1 --help”查看它的参数和选项。</translation>
    </message>
</context>
<context>
    <name>cube::cli::GlobalOptions</name>
    <message>
        <source>Connect with the profile NAME (default: the active profile).</source>
        <translation>使用名为 NAME 的连接配置（默认：当前连接配置）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to URL without a profile; needs --access-code and the secret in CUBE_SECRET or on standard input (--secret-stdin).</source>
        <translation>不使用连接配置，直接连接 URL；需要 --access-code，密钥放在 CUBE_SECRET 中或从标准输入提供（--secret-stdin）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The account&apos;s access code, with --base-url.</source>
        <translation>账户的接入码，与 --base-url 一起使用。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Read the account&apos;s secret from the first line of standard input.</source>
        <translation>从标准输入的第一行读取账户密钥。</translation>
    </message>
    <message>
        <source>Work on a built-in Cube simulator instead of a real account.</source>
        <translation>使用内置 Cube 模拟器，而不是真实账户。</translation>
    </message>
    <message>
        <source>Print the result as one JSON document (an array for lists).</source>
        <translation>以一个 JSON 文档输出结果（列表为数组）。</translation>
    </message>
    <message>
        <source>Messages, and the server&apos;s messages, in LANG: zh-CN or en-US (default: the console&apos;s setting, else the system&apos;s language).</source>
        <translation>提示信息及服务器返回的信息使用语言 LANG：zh-CN 或 en-US（默认：控制台的设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Do not ask before ending, cancelling or suspending.</source>
        <translation>提前结束、取消或停机前不再询问。</translation>
    </message>
    <message>
        <source>Show the changes that would be sent (signature masked) and send none; reads are made as usual.</source>
        <translation>显示将要发送的更改（签名已隐去），但不发送；查询照常进行。</translation>
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
        <translation>在标准错误输出中记录每个请求和应答（密钥和签名已隐去）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 需要 %2 到 %3 之间的数字，而不是“%4”。</translation>
    </message>
    <message>
        <source>Choose one connection: --demo, --profile or --base-url.</source>
        <translation>请只选择一种连接方式：--demo、--profile 或 --base-url。</translation>
    </message>
    <message>
        <source>--base-url and --access-code go together.</source>
        <translation>--base-url 和 --access-code 必须同时使用。</translation>
    </message>
    <message>
        <source>Choose one output format: --json or --csv.</source>
        <translation>请只选择一种输出格式：--json 或 --csv。</translation>
    </message>
    <message>
        <source>--lang takes zh-CN or en-US, not “%1”.</source>
        <translation>--lang 只接受 zh-CN 或 en-US，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give up on an answer after SECONDS (default: the profile&apos;s time-out, else 30).</source>
        <translation>等待应答超过 SECONDS 秒后放弃（默认：配置文件的超时时间，否则 30）。</translation>
    </message>
    <message>
        <source>Record changes in the journal FILE instead of the shared one (%1).</source>
        <translation>将变更记入日志文件 FILE，而不是共用的日志（%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The server writes its times and counts its days in UTC+OFFSET, e.g. +8 or +05:30 (default: the profile&apos;s, else +8, the vendor&apos;s). Times are shown in this computer&apos;s time zone.</source>
        <translation>服务器以 UTC+OFFSET 记录时间并划分日期，例如 +8 或 +05:30（默认：配置文件中的设置，否则为供应商的 +8）。时间以本机时区显示。</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>OFFSET</translation>
    </message>
    <message>
        <source>--server-utc-offset takes an offset from -12 to +14 hours in steps of 15 minutes, such as +8 or +05:30, not “%1”.</source>
        <translation>--server-utc-offset 需要 -12 到 +14 小时之间、以 15 分钟为单位的偏移，例如 +8 或 +05:30，而不是“%1”。</translation>
    </message>
    <message>
        <source>Run at most N requests at a time (default and most: the gateway&apos;s connections).</source>
        <translation>同时最多执行 N 个请求（默认值和上限：网关的并发连接数）。</translation>
    </message>
    <message>
        <source>The gateway allows N connections at once (default: the profile&apos;s, else 3, the vendor&apos;s).</source>
        <translation>网关允许 N 个并发连接（默认：连接配置中的设置，否则为供应商的 3）。</translation>
    </message>
    <message>
        <source>The gateway allows N queries a second (default: the profile&apos;s, else 10, the vendor&apos;s).</source>
        <translation>网关允许每秒 N 次查询（默认：连接配置中的设置，否则为供应商的 10）。</translation>
    </message>
    <message>
        <source>The gateway allows N queries a day (default: the profile&apos;s, else 5,000, the vendor&apos;s).</source>
        <translation>网关允许每天 N 次查询（默认：连接配置中的设置，否则为供应商的 5000）。</translation>
    </message>
    <message>
        <source>Print the result as CSV with a header line; text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading &apos;.</source>
        <translation>以带标题行的 CSV 格式输出结果；电子表格会当作公式执行的文本（以 =、+、-、@、制表符或回车符开头）前面加上 &apos;。</translation>
    </message>
    <message>
        <source>Print the result as CSV with a header line and every value exactly as it is, for scripts (never open it in a spreadsheet).</source>
        <translation>以带标题行的 CSV 格式输出结果，所有值原样输出，供脚本使用（切勿用电子表格打开）。</translation>
    </message>
    <message>
        <source>Choose --csv or --csv-raw, not both.</source>
        <translation>请选择 --csv 或 --csv-raw，不能同时使用。</translation>
    </message>
</context>
<context>
    <name>cube::cli::HelpWriter</name>
    <message>
        <source>Exit status: 0 all succeeded, 1 some failed, 2 usage error, 3 connection or authentication failure.</source>
        <translation>退出状态：0 全部成功，1 部分失败，2 用法错误，3 连接或认证失败。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Cube Console on the command line: the SIM cards, data usage, data-plan orders and SMS of a Linksfield Cube account.</source>
        <translation>命令行版 Cube Console：管理 Linksfield Cube 账户的 SIM 卡、流量用量、套餐订单和短信。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Connection: --demo, or --profile NAME (the secret from the keychain), or --base-url and --access-code with the secret in the environment variable CUBE_SECRET or on standard input (--secret-stdin). A secret is never taken as an argument. Without any of these, the active profile is used.</source>
        <translation>连接方式：--demo；或 --profile NAME（密钥取自钥匙串）；或 --base-url 和 --access-code，密钥放在环境变量 CUBE_SECRET 中或从标准输入提供（--secret-stdin）。密钥绝不作为命令行参数。若都未给出，则使用当前连接配置。</translation>
    </message>
    <message>
        <source>Lists of ICCIDs or order codes may also come from a file (--from FILE) or standard input (-), one per line.</source>
        <translation>ICCID 或订单编号的列表也可以来自文件（--from FILE）或标准输入（-），每行一个。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Run “cubectl COMMAND --help” for the options of a command.</source>
        <translation>运行“cubectl COMMAND --help”查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>cube::cli::JournalCommands</name>
    <message>
        <source>--%1 takes a date (2026-11-30) or a date and time (2026-11-30T14:00), not “%2”.</source>
        <translation>--%1 需要日期（2026-11-30）或日期和时间（2026-11-30T14:00），而不是“%2”。</translation>
    </message>
    <message>
        <source>A job is named by its number (see cubectl jobs list), not “%1”.</source>
        <translation>任务以编号指定（见 cubectl jobs list），而不是“%1”。</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal (%2).</source>
        <translation>日志（%2）中没有任务 %1。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Order or SIM</source>
        <translation>订单或 SIM 卡</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>应答时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The changes sent by cubectl and the console, newest first.</source>
        <translation>cubectl 和控制台发送的变更，最新的在前。</translation>
    </message>
    <message>
        <source>Only changes recorded on or after DATE.</source>
        <translation>只显示 DATE 当天或之后记录的变更。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only changes recorded on or before DATE.</source>
        <translation>只显示 DATE 当天或之前记录的变更。</translation>
    </message>
    <message>
        <source>Only changes of this SIM card.</source>
        <translation>只显示这张 SIM 卡的变更。</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Only changes of this order.</source>
        <translation>只显示此订单的变更。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only this kind of change: end, cancel, enable, renew, suspend, resume, place, sms.</source>
        <translation>只显示此类变更：end、cancel、enable、renew、suspend、resume、place、sms。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only changes that came to: done, not-done or unknown.</source>
        <translation>只显示结果为 done、not-done 或 unknown 的变更。</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>At most N changes (default 1000).</source>
        <translation>最多 N 条变更（默认 1000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give --iccid or --order, not both.</source>
        <translation>请给出 --iccid 或 --order，不要同时给出。</translation>
    </message>
    <message>
        <source>--operation takes end, cancel, enable, renew, suspend, resume, place or sms, not “%1”.</source>
        <translation>--operation 取 end、cancel、enable、renew、suspend、resume、place 或 sms，而不是“%1”。</translation>
    </message>
    <message>
        <source>--outcome takes done, not-done or unknown.</source>
        <translation>--outcome 取 done、not-done 或 unknown。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Fields sent</source>
        <translation>发送的字段</translation>
    </message>
    <message>
        <source>Delete the journal&apos;s changes recorded before a date (asks first).</source>
        <translation>删除日志中某日期之前记录的变更（会先确认）。</translation>
    </message>
    <message>
        <source>--before DATE</source>
        <translation>--before DATE</translation>
    </message>
    <message>
        <source>Delete what was recorded before DATE.</source>
        <translation>删除 DATE 之前记录的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n change(s) recorded before %1 from the journal? This cannot be undone.</source>
        <translation>
            <numerusform>从日志中删除 %1 之前记录的 %n 条变更？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be pruned: %1</source>
        <translation>无法清理日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) deleted from the journal.</source>
        <translation>
            <numerusform>已从日志中删除 %n 条变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk jobs of cubectl and the console, newest first.</source>
        <translation>cubectl 和控制台的批量任务，最新的在前。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Each item of a job: done, not done, unknown or not sent.</source>
        <translation>任务的每一项：已完成、未完成、未知或未发送。</translation>
    </message>
    <message>
        <source>Read what a job&apos;s unknown items did; sends nothing.</source>
        <translation>查询任务中未知项的实际结果；不发送任何内容。</translation>
    </message>
    <message>
        <source>Finish a job that was cut short (asks first).</source>
        <translation>完成被中断的任务（会先确认）。</translation>
    </message>
    <message numerus="yes">
        <source>Check the %n unknown item(s) and send the %1 not sent?</source>
        <translation>
            <numerusform>核查 %n 个未知项并发送 %1 个未发送项？</numerusform>
        </translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>限流次数</translation>
    </message>
    <message>
        <source>An item sent with no answer is read only once the request time-out has passed since it was sent (until then the server may still act on it); the command says from when such items can be checked.</source>
        <translation>已发出但未收到应答的项，要等发出后超过请求超时时间才会读取（在此之前服务器仍可能执行它）；命令会说明这些项从何时起可以检查。</translation>
    </message>
    <message>
        <source>Checks the items whose answer was lost (reads only), then sends only the items that never reached the server. An item whose outcome stays unknown is never sent again, and one sent too recently to judge is left for a later check. Only one program at a time runs a job.</source>
        <translation>先检查应答丢失的项（只读取），再只发送从未到达服务器的项。结果仍未知的项绝不会再次发送；发出时间太近、尚无法判断的项留待以后检查。同一时间只有一个程序运行某个任务。</translation>
    </message>
    <message>
        <source>Every change is recorded in the journal before it is sent: who sent it from which computer, when, from which profile, what was sent (never the secret or the signature) and what became of it. The text listing names the person in one column (By); JSON and CSV give user, full_name and host.</source>
        <translation>每项更改在发送前都会记入日志：由谁在哪台计算机上发送、何时、来自哪个配置、发送了什么（绝不包括密钥或签名）以及结果如何。文本列表在一列（操作人）中写明操作人；JSON 和 CSV 分别给出 user、full_name 和 host。</translation>
    </message>
    <message>
        <source>Only changes sent by PERSON: a user name on the computer, or a full name (any case).</source>
        <translation>只显示 PERSON 发送的更改：计算机上的用户名，或全名（不区分大小写）。</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>--by takes a user name or a full name.</source>
        <translation>--by 需要一个用户名或全名。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>cube::cli::ListInput</name>
    <message>
        <source>%1: a line is longer than %2 characters; give one ICCID or order code a line.</source>
        <translation>%1：有一行超过 %2 个字符；请每行写一个 ICCID 或订单编号。</translation>
    </message>
    <message>
        <source>%1: more than %2 lines; split the list.</source>
        <translation>%1：超过 %2 行；请拆分列表。</translation>
    </message>
</context>
<context>
    <name>cube::cli::NoteCommands</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>The note of SIM %1 was not kept: %2</source>
        <translation>SIM 卡 %1 的备注未能保存：%2</translation>
    </message>
    <message>
        <source>ICCID [TEXT]</source>
        <translation>ICCID [TEXT]</translation>
    </message>
    <message>
        <source>Show or keep the note on a SIM card, on this computer. Sends nothing.</source>
        <translation>显示或在本机保存 SIM 卡的备注。不发送任何内容。</translation>
    </message>
    <message>
        <source>With TEXT, keeps it as the SIM card&apos;s note (up to %1 characters; an empty TEXT, &quot;&quot;, clears it), then shows the note and tags. The notes are the console&apos;s too, per profile; the console&apos;s SIM list shows them and its search finds their words. A view-only profile keeps notes too.</source>
        <translation>给出 TEXT 时，将其保存为该 SIM 卡的备注（最多 %1 个字符；空的 TEXT，即 &quot;&quot;，会清除备注），然后显示备注和标签。备注按配置与控制台共享；控制台的 SIM 卡列表会显示备注，搜索也能找到其中的词。仅查看的配置同样可以保存备注。</translation>
    </message>
    <message>
        <source>ICCID +TAG|-TAG…</source>
        <translation>ICCID +TAG|-TAG…</translation>
    </message>
    <message>
        <source>Add and remove tags of a SIM card, on this computer. Sends nothing.</source>
        <translation>在本机添加或删除 SIM 卡的标签。不发送任何内容。</translation>
    </message>
    <message>
        <source>+TAG (or TAG) adds a tag, -TAG removes one; then the note and tags are shown. A tag has 1 to %1 of the letters a to z, the digits 0 to 9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (upper case is made lower). cubectl reads a word that starts with &apos;-&apos; as an option: put -- before the tags to remove, as in: cubectl sims tag ICCID +acme -- -old. sims list --tag TAG lists the SIM cards of a tag.</source>
        <translation>+TAG（或 TAG）添加标签，-TAG 删除标签；然后显示备注和标签。标签由 1 到 %1 个字母 a–z、数字 0–9、“.”、“_”和“-”组成（大写会转为小写）。cubectl 会把以“-”开头的词当作选项：请在要删除的标签前加上 --，例如：cubectl sims tag ICCID +acme -- -old。sims list --tag TAG 列出带有某个标签的 SIM 卡。</translation>
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
        <translation>订单编号</translation>
    </message>
    <message>
        <source>End orders early (asks first; cannot be undone).</source>
        <translation>提前结束订单（会先询问；不可撤销）。</translation>
    </message>
    <message>
        <source>CODE… --reason TEXT</source>
        <translation>CODE… --reason TEXT</translation>
    </message>
    <message>
        <source>Why the orders end early (required).</source>
        <translation>提前结束订单的原因（必填）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message numerus="yes">
        <source>End %n order(s) early (%1)? The data left on them is lost; this cannot be undone.</source>
        <translation>
            <numerusform>提前结束 %n 个订单（%1）？剩余流量将作废，且不可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>已提前结束</translation>
    </message>
    <message>
        <source>Cancel orders that are not enabled yet (asks first).</source>
        <translation>取消尚未启用的订单（会先询问）。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s) (%1)? This cannot be undone.</source>
        <translation>
            <numerusform>取消 %n 个订单（%1）？此操作不可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Enable orders that were bought to start later.</source>
        <translation>启用购买时设为稍后生效的订单。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>The kind of device: %1 (or its number).</source>
        <translation>设备类型：%1（或其编号）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>--device-type takes one of: %1.</source>
        <translation>--device-type 可取：%1。</translation>
    </message>
    <message>
        <source>Ends each order now: the data left on it is lost and the order cannot be restarted. The reason (one line, at most %1 characters) is sent with every order. A request whose answer is lost is not sent again: check the order with orders show.</source>
        <translation>立即结束每个订单：订单剩余的流量将作废，且订单无法重新启用。原因（一行，最多 %1 个字符）随每个订单发送。应答丢失的请求不会重新发送：请用 orders show 查看订单。</translation>
    </message>
</context>
<context>
    <name>cube::cli::OrderCommands</name>
    <message>
        <source>List data-plan orders, all or those that match.</source>
        <translation>列出全部或符合条件的套餐订单。</translation>
    </message>
    <message>
        <source>Reads every page of the listing unless --page is given.</source>
        <translation>除非给出 --page，否则读取列表的所有页。</translation>
    </message>
    <message>
        <source>Only orders in this state: %1.</source>
        <translation>只列出处于此状态的订单：%1。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Only the orders of this SIM card.</source>
        <translation>只列出此 SIM 卡的订单。</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Only orders of this type (a number, as the server sends it).</source>
        <translation>只列出此类型的订单（服务器使用的数字）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status 只接受以下之一：%1。</translation>
    </message>
    <message>
        <source>Show one order.</source>
        <translation>显示一个订单。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Renew an order for more periods.</source>
        <translation>为订单续订更多周期。</translation>
    </message>
    <message>
        <source>CODE --periods N</source>
        <translation>CODE --periods N</translation>
    </message>
    <message>
        <source>How many more periods of the plan (1–120).</source>
        <translation>续订的套餐周期数（1–120）。</translation>
    </message>
    <message>
        <source>Now expires</source>
        <translation>新的到期时间</translation>
    </message>
    <message>
        <source>Order a data plan for SIM cards.</source>
        <translation>为 SIM 卡订购流量套餐。</translation>
    </message>
    <message>
        <source>ICCID… --plan CODE</source>
        <translation>ICCID… --plan CODE</translation>
    </message>
    <message>
        <source>The plan&apos;s name, type and price are read from the account&apos;s plans first. Each SIM card is ordered on its own, so one refusal does not stop the others; --batch sends up to %1 SIM cards per request instead, where one bad SIM card fails its whole request.</source>
        <translation>会先从账户的套餐中读取套餐名称、类型和价格。每张 SIM 卡单独订购，一张被拒不影响其他卡；使用 --batch 则每个请求最多发送 %1 张 SIM 卡，其中一张有误会使整个请求失败。</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Order up to %1 SIM cards in one request.</source>
        <translation>每个请求最多订购 %1 张 SIM 卡。</translation>
    </message>
    <message>
        <source>Order an OTA day plan for a SIM card in a country.</source>
        <translation>为 SIM 卡订购某个国家/地区的 OTA 天数套餐。</translation>
    </message>
    <message>
        <source>The mobile country code where the plan is used (required).</source>
        <translation>使用套餐的移动国家代码（必填）。</translation>
    </message>
    <message>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <source>How many days (1–365, required).</source>
        <translation>天数（1–365，必填）。</translation>
    </message>
    <message>
        <source>When the days start counting, as the server numbers it (default 0).</source>
        <translation>天数开始计算的方式，取服务器定义的数字（默认 0）。</translation>
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
        <translation>要订购的套餐编码（必填；见 plans list）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>How many periods of the plan (1–120, default 1).</source>
        <translation>订购的套餐周期数（1–120，默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Do not enable the order now; enable it later with orders enable.</source>
        <translation>暂不启用订单；稍后用 orders enable 启用。</translation>
    </message>
    <message>
        <source>Record the order as not paid yet.</source>
        <translation>将订单记为尚未支付。</translation>
    </message>
    <message>
        <source>The amount paid (default: the plan&apos;s price times the periods).</source>
        <translation>支付金额（默认：套餐价格乘以周期数）。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>How it was paid: 0 ipay88, 1 WeChat Pay, 2 Alipay.</source>
        <translation>支付方式：0 ipay88，1 微信支付，2 支付宝。</translation>
    </message>
    <message>
        <source>Order the plan as a global order.</source>
        <translation>以全球订单订购该套餐。</translation>
    </message>
    <message>
        <source>--amount takes an amount like 12.50, not “%1”.</source>
        <translation>--amount 需要类似 12.50 的金额，而不是“%1”。</translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>无法读取套餐：%1</translation>
    </message>
    <message>
        <source>The account has no plan %1; plans list shows the plans it may order.</source>
        <translation>账户没有套餐 %1；plans list 可列出可订购的套餐。</translation>
    </message>
    <message>
        <source>The plan&apos;s type code (package_type: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly); with --plan-name and --amount, the plan list is not read.</source>
        <translation>套餐类型代码（package_type：0 不限量日包，1 日包，2 月包，3 季包，4 半年包，5 年包）；同时给出 --plan-name 和 --amount 时不读取套餐列表。</translation>
    </message>
    <message>
        <source>The plan&apos;s name, as the plan list would give it.</source>
        <translation>套餐名称，与套餐列表中的一致。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>To order without the plan list, also give %1.</source>
        <translation>如需在没有套餐列表的情况下订购，还需给出 %1。</translation>
    </message>
</context>
<context>
    <name>cube::cli::PlanSmsCommands</name>
    <message>
        <source>List the data plans the account may order.</source>
        <translation>列出账户可订购的流量套餐。</translation>
    </message>
    <message>
        <source>Plan types: 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six months, 5 yearly.</source>
        <translation>套餐类型：0 日不限量，1 日套餐，2 月套餐，3 季度套餐，4 半年套餐，5 年套餐。</translation>
    </message>
    <message>
        <source>Send an SMS to SIM cards.</source>
        <translation>向 SIM 卡发送短信。</translation>
    </message>
    <message>
        <source>ICCID… --text TEXT</source>
        <translation>ICCID… --text TEXT</translation>
    </message>
    <message>
        <source>The same text goes to every SIM card given; a long text is sent in several parts.</source>
        <translation>同一内容发送给所给的每张 SIM 卡；较长的内容会分成多条发送。</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>The message (required).</source>
        <translation>短信内容（必填）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>短信 ID</translation>
    </message>
</context>
<context>
    <name>cube::cli::ProfileCommands</name>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>没有名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>List the connection profiles; the active one is marked.</source>
        <translation>列出连接配置；当前使用的会被标出。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>接入码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add a connection profile and keep its secret in the keychain.</source>
        <translation>添加连接配置，并把密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>NAME --base-url URL --access-code CODE</source>
        <translation>NAME --base-url URL --access-code CODE</translation>
    </message>
    <message>
        <source>Make the new profile the active one.</source>
        <translation>将新的连接配置设为当前配置。</translation>
    </message>
    <message>
        <source>--base-url and --access-code are required.</source>
        <translation>必须提供 --base-url 和 --access-code。</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>名为“%1”的连接配置已经存在。</translation>
    </message>
    <message>
        <source>The profile needs the account&apos;s secret: set CUBE_SECRET or give it on standard input with --secret-stdin.</source>
        <translation>连接配置需要账户密钥：请设置 CUBE_SECRET，或用 --secret-stdin 从标准输入提供。</translation>
    </message>
    <message>
        <source>The profile was not added: its secret could not be stored.</source>
        <translation>未添加连接配置：无法保存其密钥。</translation>
    </message>
    <message>
        <source>Profile “%1” added.</source>
        <translation>已添加连接配置“%1”。</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret (asks first).</source>
        <translation>删除连接配置及其密钥（会先询问）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Remove profile “%1” and its secret from the keychain?</source>
        <translation>删除连接配置“%1”并从钥匙串中删除其密钥？</translation>
    </message>
    <message>
        <source>The profile was kept: its secret could not be removed.</source>
        <translation>连接配置已保留：无法删除其密钥。</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>已删除连接配置“%1”。</translation>
    </message>
    <message>
        <source>Make a profile the active one, here and in Cube Console.</source>
        <translation>将连接配置设为当前配置（对 cubectl 和 Cube Console 都生效）。</translation>
    </message>
    <message>
        <source>Profile “%1” is now the active one.</source>
        <translation>连接配置“%1”现在是当前配置。</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>服务器时区</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>Make it a profile for looking only: neither cubectl nor Cube Console sends any change through it.</source>
        <translation>设为仅查看的配置：cubectl 和 Cube Console 都不会通过它发送任何更改。</translation>
    </message>
    <message>
        <source>--team-store-password-stdin: standard input held no password on its line.</source>
        <translation>--team-store-password-stdin：标准输入的相应行中没有密码。</translation>
    </message>
    <message>
        <source>The profile was not added: its team store&apos;s password could not be stored.</source>
        <translation>未添加连接配置：无法保存其团队存储的密码。</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>团队存储</translation>
    </message>
    <message>
        <source>The secret comes from CUBE_SECRET or, with --secret-stdin, from standard input; it goes to the keychain only. The first profile becomes the active one. --timeout, --server-utc-offset, --connections, --rate and --daily-quota, if given, are kept in the profile. With --team-store, the journal of changes of everyone using the profile is kept in the team&apos;s PostgreSQL database; its password comes from CUBE_TEAM_STORE_PASSWORD or, with --team-store-password-stdin, from the next line of standard input, and goes to the keychain only (none: libpq&apos;s own, such as ~/.pgpass).</source>
        <translation>密钥取自 CUBE_SECRET，或在使用 --secret-stdin 时取自标准输入；它只保存在钥匙串中。第一个连接配置成为当前配置。如给出 --timeout、--server-utc-offset、--connections、--rate 和 --daily-quota，它们会保存在连接配置中。使用 --team-store 时，所有使用该配置的人的变更日志都保存在团队的 PostgreSQL 数据库中；其密码取自 CUBE_TEAM_STORE_PASSWORD，或在使用 --team-store-password-stdin 时取自标准输入的下一行，只保存在钥匙串中（没有密码时使用 libpq 自己找到的密码，例如 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Keep the journal of changes in the team store at URL (postgresql://[user@]host:5432/database), shared by the team&apos;s desks.</source>
        <translation>把变更日志保存在位于 URL（postgresql://[&lt;用户名&gt;@]&lt;主机&gt;:5432/&lt;数据库&gt;）的团队存储中，由团队的各台电脑共用。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the team store&apos;s password from standard input: its first line, or the second after the secret&apos;s (--secret-stdin).</source>
        <translation>从标准输入读取团队存储的密码：第一行；如果密钥也取自标准输入（--secret-stdin），则为密钥之后的第二行。</translation>
    </message>
    <message>
        <source>--team-store-password-stdin needs --team-store.</source>
        <translation>--team-store-password-stdin 需要与 --team-store 一起使用。</translation>
    </message>
</context>
<context>
    <name>cube::cli::QuotaCommands</name>
    <message>
        <source>Show the queries sent to the account today and the gateway&apos;s daily quota.</source>
        <translation>显示今天向该账户发出的查询数及网关的每日配额。</translation>
    </message>
    <message>
        <source>The count of queries is kept in the journal of changes (%1), which cannot be read: %2</source>
        <translation>查询次数记录在变更日志（%1）中，但该日志无法读取：%2</translation>
    </message>
    <message>
        <source>Queries today (%1, the server&apos;s day in %2): %3 of %4; %5 left.</source>
        <translation>今日查询（%1，按 %2 的服务器日期）：%3 / %4；剩余 %5。</translation>
    </message>
    <message>
        <source>Counts every query that the console and cubectl on this computer sent to the account in the server&apos;s day (they share the journal&apos;s file), as the gateway counts them for the one IP address a desk shares. Queries from other computers behind the same address are not seen here, unless they share a team store: through a profile with one, the count is the team&apos;s, kept there. Sends nothing.</source>
        <translation>统计本机的控制台和 cubectl 在服务器的当天向该账户发出的所有查询（二者共用日志文件），计法与网关对同一 IP 地址的计数一致。同一 IP 地址下其他计算机发出的查询不在此统计之内，除非它们共用团队存储：通过带团队存储的配置，计数是整个团队的，保存在团队存储中。不发送任何内容。</translation>
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
        <translation>订单</translation>
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
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停机</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Order in use</source>
        <translation>使用中的订单</translation>
    </message>
    <message>
        <source>Used (MB)</source>
        <translation>已用（MB）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>套餐编码</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Data (MB)</source>
        <translation>流量（MB）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>High-speed left (MB)</source>
        <translation>剩余高速流量（MB）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>IMSI in use</source>
        <translation>使用中的 IMSI</translation>
    </message>
    <message>
        <source>Carrier&apos;s remaining (MB)</source>
        <translation>运营商侧剩余（MB）</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>cube::cli::ResultPrinter</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到任何结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>成功 %1 个，失败 %2 个。</translation>
    </message>
</context>
<context>
    <name>cube::cli::SimCommands</name>
    <message>
        <source>List the account&apos;s SIM cards.</source>
        <translation>列出账户的 SIM 卡。</translation>
    </message>
    <message>
        <source>Only SIM cards in this life cycle state: %1.</source>
        <translation>只列出处于此生命周期状态的 SIM 卡：%1。</translation>
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
        <translation>--status 只接受以下之一：%1。</translation>
    </message>
    <message>
        <source>Show the real-time state of SIM cards.</source>
        <translation>显示 SIM 卡的实时状态。</translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>List the SIM cards in use, with their life cycle state.</source>
        <translation>列出使用中的 SIM 卡及其生命周期状态。</translation>
    </message>
    <message numerus="yes">
        <source>Suspend the service of %n SIM card(s) (%1)? They stop working until resumed.</source>
        <translation>
            <numerusform>停用 %n 张 SIM 卡的服务（%1）？在复机之前它们将无法使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停机</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已复机</translation>
    </message>
    <message>
        <source>Suspend the service of SIM cards (asks first).</source>
        <translation>停用 SIM 卡的服务（会先询问）。</translation>
    </message>
    <message>
        <source>Resume the service of suspended SIM cards.</source>
        <translation>恢复已停机 SIM 卡的服务。</translation>
    </message>
    <message>
        <source>Read the list the console last loaded for this account from the local cache, without the network (it says as of when).</source>
        <translation>从本地缓存读取控制台上次为此账户加载的列表，不访问网络（并说明其截至时间）。</translation>
    </message>
    <message>
        <source>No SIM list is cached for this account: run sims list without --cached, or open the console once.</source>
        <translation>此账户没有缓存的 SIM 卡列表：请运行不带 --cached 的 sims list，或先打开一次控制台。</translation>
    </message>
    <message>
        <source>Cached list as of %1.</source>
        <translation>缓存的列表，截至 %1。</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was discarded; run sims list without --cached to read it again.</source>
        <translation>缓存的 SIM 卡列表已损坏（%1），已被丢弃；请不带 --cached 运行 sims list 重新读取。</translation>
    </message>
    <message>
        <source>The cached SIM list was damaged (%1) and was set aside as %2; run sims list without --cached to read it again.</source>
        <translation>缓存的 SIM 卡列表已损坏（%1），已另存为 %2；请不带 --cached 运行 sims list 重新读取。</translation>
    </message>
    <message>
        <source>Reads every page of the listing unless --page is given; --status, --find and --tag then keep the SIM cards that match.</source>
        <translation>除非给出 --page，否则读取列表的每一页；然后由 --status、--find 和 --tag 保留匹配的 SIM 卡。</translation>
    </message>
    <message>
        <source>Only SIM cards whose ICCID, IMSI or MSISDN contains TEXT, or whose note or tags (kept on this computer: sims note, sims tag) hold each of its words; a word tag:NAME keeps the SIM cards tagged NAME, as the console&apos;s search does.</source>
        <translation>只保留 ICCID、IMSI 或 MSISDN 包含 TEXT，或备注、标签（保存在本机：sims note、sims tag）包含其中每个词的 SIM 卡；词 tag:NAME 只保留带有 NAME 标签的 SIM 卡，与控制台的搜索相同。</translation>
    </message>
    <message>
        <source>Only SIM cards tagged TAG on this computer (sims tag); the list is read as without it, with no query more.</source>
        <translation>只保留在本机带有 TAG 标签的 SIM 卡（sims tag）；列表的读取方式不变，不会多发任何查询。</translation>
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
            <numerusform>%1 等 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the data used by the order in use of SIM cards.</source>
        <translation>显示 SIM 卡使用中订单的已用流量。</translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Ask for up to %1 SIM cards in one request: faster, but one unknown ICCID fails its whole request.</source>
        <translation>每个请求最多查询 %1 张 SIM 卡：更快，但一个未知的 ICCID 会使整个请求失败。</translation>
    </message>
    <message>
        <source>Show the data a SIM card used on given days.</source>
        <translation>显示 SIM 卡在指定日期的用量。</translation>
    </message>
    <message>
        <source>ICCID DATE…</source>
        <translation>ICCID DATE…</translation>
    </message>
    <message>
        <source>The N days up to and including DATE (1–92).</source>
        <translation>截至 DATE（含当天）的 N 天（1–92）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-11-29.</source>
        <translation>“%1”不是类似 2026-11-29 的日期。</translation>
    </message>
    <message>
        <source>--days takes one DATE, the last day.</source>
        <translation>使用 --days 时只能给出一个 DATE，即最后一天。</translation>
    </message>
    <message>
        <source>Show the data SIM cards used in a month.</source>
        <translation>显示 SIM 卡在某个月的用量。</translation>
    </message>
    <message>
        <source>MONTH ICCID…</source>
        <translation>MONTH ICCID…</translation>
    </message>
    <message>
        <source>MONTH is yyyy-MM, e.g. 2026-11. Up to %1 SIM cards go in one request; one unknown ICCID fails its whole request.</source>
        <translation>MONTH 的格式为 yyyy-MM，例如 2026-11。每个请求最多包含 %1 张 SIM 卡；一个未知的 ICCID 会使整个请求失败。</translation>
    </message>
    <message>
        <source>“%1” is not a month like 2026-11.</source>
        <translation>“%1”不是类似 2026-11 的月份。</translation>
    </message>
    <message>
        <source>Show what the carrier says is left on SIM cards.</source>
        <translation>显示运营商侧记录的 SIM 卡剩余流量。</translation>
    </message>
    <message>
        <source>DATE is yyyy-MM-dd, e.g. 2026-11-29, or today; --days N asks for the N days that end with DATE instead. Days are the server&apos;s: UTC+8 unless the profile or --server-utc-offset says otherwise.</source>
        <translation>DATE 的格式为 yyyy-MM-dd，例如 2026-11-29，也可以是 today；使用 --days N 则查询截至 DATE 的 N 天。日期以服务器为准：除非配置文件或 --server-utc-offset 另有设置，否则为 UTC+8。</translation>
    </message>
</context>
<context>
    <name>cube::cli::WatchCommands</name>
    <message>
        <source>The watchlist could not be changed: %1</source>
        <translation>无法更改关注列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM card(s) of this account are watched.</source>
        <translation>
            <numerusform>此账户有 %Ln 张 SIM 卡被关注。</numerusform>
        </translation>
    </message>
    <message>
        <source>ICCID…</source>
        <translation>ICCID…</translation>
    </message>
    <message>
        <source>ICCIDs</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>List the watched SIM cards of the account. Sends nothing.</source>
        <translation>列出此账户所关注的 SIM 卡。不发送任何请求。</translation>
    </message>
    <message>
        <source>Watch SIM cards: each look at what needs attention reads their usage in full. Sends nothing.</source>
        <translation>关注 SIM 卡：每次查看待处理事项时都会完整读取其用量。不发送任何请求。</translation>
    </message>
    <message>
        <source>Stop watching SIM cards. Sends nothing.</source>
        <translation>停止关注 SIM 卡。不发送任何请求。</translation>
    </message>
</context>
<context>
    <name>cube::cli::WriteJobs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cube::commandline</name>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>使用 --help 查看可用选项。</translation>
    </message>
</context>
<context>
    <name>cube::sim::CubeSimulator</name>
    <message>
        <source>The built-in Cube simulator could not start: no free port on 127.0.0.1.</source>
        <translation>内置 Cube 模拟器无法启动：127.0.0.1 上没有空闲端口。</translation>
    </message>
</context>
<context>
    <name>cube::sim::Fleet</name>
    <message>
        <source>A scenario is a JSON object with a list &quot;sims&quot;.</source>
        <translation>场景是一个带有列表 &quot;sims&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须是一个对象。</translation>
    </message>
    <message>
        <source>%1 is not a member a scenario has.</source>
        <translation>场景中没有成员 %1。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be a number of MB, 0 or more.</source>
        <translation>%1 必须是不小于 0 的 MB 数。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1: the ICCID %2 is in the scenario twice.</source>
        <translation>%1：ICCID %2 在场景中出现了两次。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 numbers of MB.</source>
        <translation>%1 必须是最多 %2 个 MB 数的列表。</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 必须是一个列表。</translation>
    </message>
    <message>
        <source>%1: a SIM card has at most one order in use or paused.</source>
        <translation>%1：一张 SIM 卡最多只有一个使用中或已暂停的订单。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plan of the simulator.</source>
        <translation>%1：&quot;%2&quot; 不是模拟器中的套餐。</translation>
    </message>
    <message>
        <source>%1: the order would expire before it starts.</source>
        <translation>%1：订单的到期时间将早于开始时间。</translation>
    </message>
</context>
<context>
    <name>cube::statustext</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pre-activation</source>
        <translation>待激活</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Pre-deactivation</source>
        <translation>待停用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <extracomment>An order bought but not started yet</extracomment>
        <translation>未启用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>已提前结束</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>MiFi</source>
        <translation>MiFi</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模组</translation>
    </message>
    <message>
        <source>Travel card</source>
        <translation>旅游卡</translation>
    </message>
    <message>
        <source>IoT card</source>
        <translation>物联网卡</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Unlimited daily</source>
        <translation>不限量日包</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日包</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月包</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>季度包</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>半年包</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年包</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
</TS>
