<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent but no answer came, so it may or may not have taken effect. It was not sent again: refresh to see what actually happened before trying again.</source>
        <translation>请求已发出但没有收到应答，因此可能已生效，也可能未生效。控制台没有重发：请先刷新查看实际结果，再决定是否重试。</translation>
    </message>
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
        <source>The server is limiting requests; wait a moment and try again.</source>
        <translation>服务器正在限制请求频率，请稍候再试。</translation>
    </message>
    <message>
        <source>The profile&apos;s base URL or this operation&apos;s path may be wrong.</source>
        <translation>连接配置中的基础 URL 或此操作的路径可能有误。</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>服务器出现问题，请稍后再试。</translation>
    </message>
    <message>
        <source>Check that the base URL points to a Cube API server.</source>
        <translation>请确认基础 URL 指向的是 Cube API 服务器。</translation>
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
        <source>Run with --help to see the options.</source>
        <translation>使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh-CN or en-US.</source>
        <translation>未知语言“%1”：请使用 zh-CN 或 en-US。</translation>
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
        <source>SIM cards, orders and plans will appear here.</source>
        <translation>SIM 卡、订单和套餐将显示在这里。</translation>
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
</context>
<context>
    <name>cube::ApiCall</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内无应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cube::CubeClient</name>
    <message>
        <source>&quot;%1&quot; is not an ICCID: an ICCID has 19 or 20 digits.</source>
        <translation>“%1”不是有效的 ICCID：ICCID 应为 19 或 20 位数字。</translation>
    </message>
    <message>
        <source>no SIM cards were given.</source>
        <translation>未指定任何 SIM 卡。</translation>
    </message>
    <message>
        <source>the order code is empty.</source>
        <translation>订单编号为空。</translation>
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
</context>
<context>
    <name>cube::MainWindow</name>
    <message>
        <source>Cube Console</source>
        <translation>Cube 控制台</translation>
    </message>
    <message>
        <source>The built-in Cube simulator could not start: no free port on 127.0.0.1.</source>
        <translation>内置的 Cube 模拟器无法启动：127.0.0.1 上没有可用端口。</translation>
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
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>About Cube Console</source>
        <translation>关于 Cube 控制台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cube Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finds the SIM cards of a Linksfield Cube account, shows their state, usage and data-plan orders, and acts on those orders.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cube 控制台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;查找 Linksfield Cube 账户的 SIM 卡，查看其状态、流量使用情况和流量套餐订单，并对订单进行操作。&lt;/p&gt;</translation>
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
</context>
</TS>
