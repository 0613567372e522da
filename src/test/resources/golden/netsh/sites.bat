rem ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
rem Windows DHCP (netsh), file ucdhcp-netsh-sites.bat
rem
rem Run on the Windows DHCP server (or add \\server after `netsh dhcp server` for a remote one). It
rem defines option 120 and the vendor class MSUCClient (data MS-UC-Client) with sub-options 1-5, like
rem DHCPConfigScript.bat. Definitions, the class and the option 43 values are server wide; option 120 is
rem set on each site's scope, which must exist.
rem With Windows DHCP failover, run it on both partners: option definitions, vendor classes and
rem server-level values are not replicated, and scope values reach the partner only when the scopes are
rem replicated (Invoke-DhcpServerv4FailoverReplication), which needs the definitions there first.
rem
rem Level: per site. Option 120 is set on each site's scope to its own registrar; option 43 (one vendor
rem class) and the other options are central.
rem Option 120 names each site's Survivable Branch Appliance where the line gives one, else
rem lync.schertz.local. Option 43 stays on the central web services FQDN lync.schertz.local: an SBA has
rem no web services, so signing in a new phone with a PIN needs the central site.
rem
rem Inputs:
rem   pool     lync.schertz.local
rem   web      lync.schertz.local (default: pool)
rem   director (none)
rem   sba      (none)
rem   port     443
rem   path     /CertProv/CertProvisioningService.svc
rem   scheme   https
rem   scope    (per site, below)
rem   ntp      10.10.10.10
rem   vlan     (none)
rem Option 120 (21 bytes): 00046C796E63077363686572747A056C6F63616C00
rem Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
rem Sites (3), each with its scope, option 120 and own permalink:
rem   berlin 10.20.30.0/24: option 120 sba01.berlin.schertz.local 00057362613031066265726C696E077363686572747A056C6F63616C00
rem   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.berlin.schertz.local&scope=10.20.30.0%%2F24&ntp=10.10.10.10&vendor=netsh
rem   paris 10.20.40.0/24: option 120 192.0.2.5 01C0000205
rem   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=192.0.2.5&scope=10.20.40.0%%2F24&ntp=10.10.10.10&site=paris&vendor=netsh
rem   hq 10.1.0.0/16: option 120 lync.schertz.local 00046C796E63077363686572747A056C6F63616C00
rem   Permalink: http://localhost:8080/?pool=lync.schertz.local&scope=10.1.0.0%%2F16&ntp=10.10.10.10&site=hq&vendor=netsh
rem Permalink: http://localhost:8080/?pool=lync.schertz.local&ntp=10.10.10.10&sites=berlin%%2C10.20.30.0%%2F24%%2Csba01.berlin.schertz.local%%0Aparis%%2C10.20.40.0%%2F24%%2C192.0.2.5%%0Ahq%%2C10.1.0.0%%2F16&vendor=netsh
rem
rem Warnings: none
rem
rem Rollback:
rem Run `ucdhcp-netsh-sites.bat Cleanup`: it deletes option 120's value and definition and the class
rem MSUCClient, and option 120 on each site's scope, option 42, then stops.
rem
rem Usage (elevated prompt on the DHCP server):
rem   ucdhcp-netsh-sites.bat            deletes the old values, then configures
rem   ucdhcp-netsh-sites.bat Cleanup    deletes what this script adds, then stops
rem Same commands and order as Microsoft's DHCPConfigScript.bat, with the values filled in.
netsh dhcp server scope 10.20.30.0 delete optionvalue 120
netsh dhcp server scope 10.20.40.0 delete optionvalue 120
netsh dhcp server scope 10.1.0.0 delete optionvalue 120
netsh dhcp server delete optionvalue 120
netsh dhcp server delete optiondef 120
netsh dhcp server delete class MSUCClient
netsh dhcp server delete optionvalue 42
if /i "%~1"=="Cleanup" goto :EOF
netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment="Sip Server Fqdn"
rem Site berlin: sba01.berlin.schertz.local
netsh dhcp server scope 10.20.30.0 set optionvalue 120 Binary 00057362613031066265726C696E077363686572747A056C6F63616C00
rem Site paris: 192.0.2.5
netsh dhcp server scope 10.20.40.0 set optionvalue 120 Binary 01C0000205
rem Site hq: lync.schertz.local
netsh dhcp server scope 10.1.0.0 set optionvalue 120 Binary 00046C796E63077363686572747A056C6F63616C00
netsh dhcp server add class MSUCClient "UC Vendor Class Id" "MS-UC-Client" 1
netsh dhcp server add optiondef 1 UCIdentifier Binary 0 Vendor=MSUCClient comment="UC Identifier"
netsh dhcp server set optionvalue 1 Binary vendor=MSUCClient 4D532D55432D436C69656E74
netsh dhcp server add optiondef 2 URLScheme Binary 0 Vendor=MSUCClient comment="URL Scheme"
netsh dhcp server set optionvalue 2 Binary vendor=MSUCClient 6874747073
netsh dhcp server add optiondef 3 WebServerFqdn Binary 0 Vendor=MSUCClient comment="Web Server Fqdn"
netsh dhcp server set optionvalue 3 Binary vendor=MSUCClient 6C796E632E7363686572747A2E6C6F63616C
netsh dhcp server add optiondef 4 WebServerPort Binary 0 Vendor=MSUCClient comment="Web Server Port"
netsh dhcp server set optionvalue 4 Binary vendor=MSUCClient 343433
netsh dhcp server add optiondef 5 CertProvRelPath Binary 0 Vendor=MSUCClient comment="Cert Prov Relative Path"
netsh dhcp server set optionvalue 5 Binary vendor=MSUCClient 2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663
netsh dhcp server set optionvalue 42 IPADDRESS 10.10.10.10
