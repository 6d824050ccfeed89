<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
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
        <source>Language of the interface and of the server's messages: zh-CN or en-US.</source>
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
        <source>Unknown language "%1": use zh-CN or en-US.</source>
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
