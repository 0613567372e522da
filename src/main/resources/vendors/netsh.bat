{{header}}
rem
rem Usage (elevated prompt on the DHCP server):
rem   {{file}}            deletes the old values, then configures
rem   {{file}} Cleanup    deletes what this script adds, then stops
rem Same commands and order as Microsoft's DHCPConfigScript.bat, with the values filled in.
{{scopeCleanup}}
netsh dhcp server delete optionvalue 120
netsh dhcp server delete optiondef 120
netsh dhcp server delete class MSUCClient
{{extrasCleanup}}
if /i "%~1"=="Cleanup" goto :EOF
netsh dhcp server add optiondef 120 UCSipServer Binary 0 comment="Sip Server Fqdn"
{{option120Values}}
netsh dhcp server add class MSUCClient "UC Vendor Class Id" "MS-UC-Client" 1
netsh dhcp server add optiondef 1 UCIdentifier Binary 0 Vendor=MSUCClient comment="UC Identifier"
netsh dhcp server {{context}}set optionvalue 1 Binary vendor=MSUCClient {{sub1}}
netsh dhcp server add optiondef 2 URLScheme Binary 0 Vendor=MSUCClient comment="URL Scheme"
netsh dhcp server {{context}}set optionvalue 2 Binary vendor=MSUCClient {{sub2}}
netsh dhcp server add optiondef 3 WebServerFqdn Binary 0 Vendor=MSUCClient comment="Web Server Fqdn"
netsh dhcp server {{context}}set optionvalue 3 Binary vendor=MSUCClient {{sub3}}
netsh dhcp server add optiondef 4 WebServerPort Binary 0 Vendor=MSUCClient comment="Web Server Port"
netsh dhcp server {{context}}set optionvalue 4 Binary vendor=MSUCClient {{sub4}}
netsh dhcp server add optiondef 5 CertProvRelPath Binary 0 Vendor=MSUCClient comment="Cert Prov Relative Path"
netsh dhcp server {{context}}set optionvalue 5 Binary vendor=MSUCClient {{sub5}}
{{extras}}
