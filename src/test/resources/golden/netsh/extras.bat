rem ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
rem Windows DHCP (netsh), file ucdhcp-netsh.bat
rem
rem Run on the Windows DHCP server (or add \\server after `netsh dhcp server` for a remote one). It
rem defines option 120 and the vendor class MSUCClient (data MS-UC-Client) with sub-options 1-5, like
rem DHCPConfigScript.bat.
rem With Windows DHCP failover, run it on both partners: option definitions, vendor classes and
rem server-level values are not replicated, and scope values reach the partner only when the scopes are
rem replicated (Invoke-DhcpServerv4FailoverReplication), which needs the definitions there first.
rem
rem Level: server wide; give a scope to limit it to the phones' network.
rem Option 120 names the Front End pool lync.schertz.local; option 43 its web services
rem lync.schertz.local.
rem
rem Inputs:
rem   pool     lync.schertz.local
rem   web      lync.schertz.local (default: pool)
rem   director (none)
rem   sba      (none)
rem   port     443
rem   path     /CertProv/CertProvisioningService.svc
rem   scheme   https
rem   scope    (none: server level)
rem   ntp      10.10.10.10,10.10.10.11
rem   vlan     100 (experimental)
rem Option 120 (21 bytes): 00046C796E63077363686572747A056C6F63616C00
rem Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
rem Permalink: http://localhost:8080/?pool=lync.schertz.local&ntp=10.10.10.10%%2C10.10.10.11&vlan=100&vendor=netsh
rem
rem Warnings:
rem - VLAN_EXPERIMENTAL: The CPE-OCPHONE voice VLAN (sub-option 10) is experimental: its encoding (ASCII
rem   decimal here) is unverified on phone hardware. Test one phone before rolling it out, or hand out
rem   the VLAN by LLDP-MED instead.
rem
rem Rollback:
rem Run `ucdhcp-netsh.bat Cleanup`: it deletes option 120's value and definition and the class
rem MSUCClient, option 42, the class CPEOCPHONE, then stops.
rem
rem Usage (elevated prompt on the DHCP server):
rem   ucdhcp-netsh.bat            deletes the old values, then configures
rem   ucdhcp-netsh.bat Cleanup    deletes what this script adds, then stops
rem Same commands and order as Microsoft's DHCPConfigScript.bat, with the values filled in.
netsh dhcp server delete optionvalue 120
netsh dhcp server delete optiondef 120
netsh dhcp server delete class MSUCClient
netsh dhcp server delete optionvalue 42
netsh dhcp server delete class CPEOCPHONE
if /i "%~1"=="Cleanup" goto :EOF
netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment="Sip Server Fqdn"
netsh dhcp server set optionvalue 120 Binary 00046C796E63077363686572747A056C6F63616C00
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
netsh dhcp server set optionvalue 42 IPADDRESS 10.10.10.10 10.10.10.11
rem Experimental: the voice VLAN for vendor class CPE-OCPHONE as sub-option 10, encoding unverified on phone hardware.
netsh dhcp server add class CPEOCPHONE "Voice VLAN (experimental)" "CPE-OCPHONE" 1
netsh dhcp server add optiondef 10 VoiceVLAN Binary 0 Vendor=CPEOCPHONE comment="Voice VLAN ID"
netsh dhcp server set optionvalue 10 Binary vendor=CPEOCPHONE 313030
