rem ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
rem Windows DHCP (netsh), file ucdhcp-netsh-branch.bat
rem
rem Run on the Windows DHCP server (or add \\server after `netsh dhcp server` for a remote one). It
rem defines option 120 and the vendor class MSUCClient (data MS-UC-Client) with sub-options 1-5, like
rem DHCPConfigScript.bat. Definitions and the class are server wide; it deletes and re-creates them as
rem DHCPConfigScript.bat does, then sets the values on this scope only. If other scopes carry these
rem options, run their scripts again afterwards.
rem With Windows DHCP failover, run it on both partners: option definitions, vendor classes and
rem server-level values are not replicated, and scope values reach the partner only when the scopes are
rem replicated (Invoke-DhcpServerv4FailoverReplication), which needs the definitions there first.
rem
rem Level: scope 10.10.20.0/24 only (network 10.10.20.0 mask 255.255.255.0).
rem Option 120 names the branch's Survivable Branch Appliance sba01.branch.schertz.local so phones
rem register locally. Option 43 stays on the central web services FQDN lync.schertz.local: an SBA has no
rem web services, so signing in a new phone with a PIN needs the central site.
rem
rem Inputs:
rem   pool     lync.schertz.local
rem   web      lync.schertz.local (default: pool)
rem   director (none)
rem   sba      sba01.branch.schertz.local
rem   port     443
rem   path     /CertProv/CertProvisioningService.svc
rem   scheme   https
rem   scope    10.10.20.0/24
rem   ntp      (none)
rem   vlan     (none)
rem   site     branch (derived)
rem Option 120 (29 bytes): 00057362613031066272616E6368077363686572747A056C6F63616C00
rem Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
rem Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.branch.schertz.local&scope=10.10.20.0%%2F24&vendor=netsh
rem
rem Warnings: none
rem
rem Rollback:
rem Run `ucdhcp-netsh-branch.bat Cleanup`: it deletes option 120's value and definition and the class
rem MSUCClient, and the values on the scope, then stops.
rem
rem Usage (elevated prompt on the DHCP server):
rem   ucdhcp-netsh-branch.bat            deletes the old values, then configures
rem   ucdhcp-netsh-branch.bat Cleanup    deletes what this script adds, then stops
rem Same commands and order as Microsoft's DHCPConfigScript.bat, with the values filled in.
netsh dhcp server scope 10.10.20.0 delete optionvalue 1 vendor=MSUCClient
netsh dhcp server scope 10.10.20.0 delete optionvalue 2 vendor=MSUCClient
netsh dhcp server scope 10.10.20.0 delete optionvalue 3 vendor=MSUCClient
netsh dhcp server scope 10.10.20.0 delete optionvalue 4 vendor=MSUCClient
netsh dhcp server scope 10.10.20.0 delete optionvalue 5 vendor=MSUCClient
netsh dhcp server scope 10.10.20.0 delete optionvalue 120
netsh dhcp server delete optionvalue 120
netsh dhcp server delete optiondef 120
netsh dhcp server delete class MSUCClient
if /i "%~1"=="Cleanup" goto :EOF
netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment="Sip Server Fqdn"
netsh dhcp server scope 10.10.20.0 set optionvalue 120 Binary 00057362613031066272616E6368077363686572747A056C6F63616C00
netsh dhcp server add class MSUCClient "UC Vendor Class Id" "MS-UC-Client" 1
netsh dhcp server add optiondef 1 UCIdentifier Binary 0 Vendor=MSUCClient comment="UC Identifier"
netsh dhcp server scope 10.10.20.0 set optionvalue 1 Binary vendor=MSUCClient 4D532D55432D436C69656E74
netsh dhcp server add optiondef 2 URLScheme Binary 0 Vendor=MSUCClient comment="URL Scheme"
netsh dhcp server scope 10.10.20.0 set optionvalue 2 Binary vendor=MSUCClient 6874747073
netsh dhcp server add optiondef 3 WebServerFqdn Binary 0 Vendor=MSUCClient comment="Web Server Fqdn"
netsh dhcp server scope 10.10.20.0 set optionvalue 3 Binary vendor=MSUCClient 6C796E632E7363686572747A2E6C6F63616C
netsh dhcp server add optiondef 4 WebServerPort Binary 0 Vendor=MSUCClient comment="Web Server Port"
netsh dhcp server scope 10.10.20.0 set optionvalue 4 Binary vendor=MSUCClient 343433
netsh dhcp server add optiondef 5 CertProvRelPath Binary 0 Vendor=MSUCClient comment="Cert Prov Relative Path"
netsh dhcp server scope 10.10.20.0 set optionvalue 5 Binary vendor=MSUCClient 2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663
