rem ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
rem Windows DHCP (netsh), file ucdhcp-netsh.bat
rem
rem Run on the Windows DHCP server (or add \\server after `netsh dhcp server` for a remote one). It
rem defines option 120 and the vendor class MSUCClient (data MS-UC-Client) with sub-options 1-5, like
rem DHCPConfigScript.bat.
rem
rem Level: server wide; give a scope to limit it to the phones' network.
rem Option 120 names the Front End pool 192.0.2.10,192.0.2.11; option 43 its web services
rem lyncweb.schertz.local.
rem
rem Inputs:
rem   pool     192.0.2.10,192.0.2.11
rem   web      lyncweb.schertz.local
rem   director (none)
rem   sba      (none)
rem   port     443
rem   path     /CertProv/CertProvisioningService.svc
rem   scheme   https
rem   scope    (none: server level)
rem   ntp      (none)
rem   vlan     (none)
rem Option 120 (9 bytes): 01C000020AC000020B
rem Option 43 for MS-UC-Client (88 bytes): https://lyncweb.schertz.local:443/CertProv/CertProvisioningService.svc
rem Permalink: http://localhost:8080/?pool=192.0.2.10%%2C192.0.2.11&web=lyncweb.schertz.local&vendor=netsh
rem
rem Warnings: none
rem
rem Rollback:
rem Run `ucdhcp-netsh.bat Cleanup`: it deletes option 120's value and definition and the class
rem MSUCClient, then stops.
rem
rem Usage (elevated prompt on the DHCP server):
rem   ucdhcp-netsh.bat            deletes the old values, then configures
rem   ucdhcp-netsh.bat Cleanup    deletes what this script adds, then stops
rem Same commands and order as Microsoft's DHCPConfigScript.bat, with the values filled in.
netsh dhcp server delete optionvalue 120
netsh dhcp server delete optiondef 120
netsh dhcp server delete class MSUCClient
if /i "%~1"=="Cleanup" goto :EOF
netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment="Sip Server Fqdn"
netsh dhcp server set optionvalue 120 Binary 01C000020AC000020B
netsh dhcp server add class MSUCClient "UC Vendor Class Id" "MS-UC-Client" 1
netsh dhcp server add optiondef 1 UCIdentifier Binary 0 Vendor=MSUCClient comment="UC Identifier"
netsh dhcp server set optionvalue 1 Binary vendor=MSUCClient 4D532D55432D436C69656E74
netsh dhcp server add optiondef 2 URLScheme Binary 0 Vendor=MSUCClient comment="URL Scheme"
netsh dhcp server set optionvalue 2 Binary vendor=MSUCClient 6874747073
netsh dhcp server add optiondef 3 WebServerFqdn Binary 0 Vendor=MSUCClient comment="Web Server Fqdn"
netsh dhcp server set optionvalue 3 Binary vendor=MSUCClient 6C796E637765622E7363686572747A2E6C6F63616C
netsh dhcp server add optiondef 4 WebServerPort Binary 0 Vendor=MSUCClient comment="Web Server Port"
netsh dhcp server set optionvalue 4 Binary vendor=MSUCClient 343433
netsh dhcp server add optiondef 5 CertProvRelPath Binary 0 Vendor=MSUCClient comment="Cert Prov Relative Path"
netsh dhcp server set optionvalue 5 Binary vendor=MSUCClient 2F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663
